package grader.web.testing;

import grader.api.GradingEngine;
import grader.web.ServerSettings;
import grader.web.WebApp;
import grader.web.jobs.GradingWorkers;
import grader.web.submission.RateLimit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A whole server in its own JVM, grading with {@link FakeGrader}, for tests that kill it with
 * SIGKILL. Arguments: data folder, port, milliseconds per grading, and optionally the JDBC URL of
 * the database (else the data folder's SQLite file), with two grading workers of its own. Appends one line per grading
 * started to {@code DATA/gradings.log}, so a test can tell gradings from recorded results. Prints
 * {@code READY} when it serves.
 */
public final class FakeGraderServer {

    private FakeGraderServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        FakeGrader fake = new FakeGrader(Long.parseLong(args[2]), 0);
        String jdbcUrl = args.length > 3 ? args[3] : null;
        ServerSettings settings = new ServerSettings("127.0.0.1", port, data, jdbcUrl, 2, "durability-worker",
                new RateLimit(10_000, Duration.ofMinutes(10)), true, GradingWorkers.DEFAULT_POLL_INTERVAL, 4,
                Clock.systemUTC());
        WebApp.start(settings, GradingEngine.fromSystemProperty(), fake.loggingTo(data.resolve("gradings.log")));
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
