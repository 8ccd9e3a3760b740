package grader.web;

import grader.web.submission.RateLimit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How a server runs: where it listens, its data folder (the SQLite file unless {@code jdbcUrl}
 * names another database, and the stored submissions), how many grading workers it runs and under
 * which name it claims jobs, the students' rate limit, whether cookies are Secure, how long a
 * grading lease lasts (this server's own workers, on the embedded database), how often the job
 * engine's workers poll (on a shared PostgreSQL; at least 5 s), the bcrypt cost, and the clock
 * that times failed logins' waits (tests pass a clock they move). Immutable.
 */
public record ServerSettings(String host, int port, Path dataFolder, String jdbcUrl, int workers, String workerName,
                             RateLimit rateLimit, boolean secureCookies, Duration lease, Duration jobPollInterval,
                             int passwordCost, Clock clock) {
}
