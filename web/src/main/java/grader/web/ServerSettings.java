package grader.web;

import grader.web.submission.RateLimit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How a server runs: where it listens, its data folder (the SQLite file unless {@code jdbcUrl}
 * names another database, and the stored submissions), how many grading workers it runs and under
 * which name they claim jobs, the students' rate limit, whether cookies are Secure, how often the
 * job engine's workers poll (at least 5 s, the job engine's least), the bcrypt cost, and the clock
 * that times failed logins' waits (tests pass a clock they move). Immutable.
 */
public record ServerSettings(String host, int port, Path dataFolder, String jdbcUrl, int workers, String workerName,
                             RateLimit rateLimit, boolean secureCookies, Duration jobPollInterval,
                             int passwordCost, Clock clock) {
}
