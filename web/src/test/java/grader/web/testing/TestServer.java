package grader.web.testing;

import grader.api.GradingEngine;
import grader.web.ServerSettings;
import grader.web.WebApp;
import grader.web.jobs.GradingWorkers;
import grader.web.account.Role;
import grader.web.queue.SubmissionGrader;
import grader.web.submission.RateLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** A server on a free port, a fresh SQLite database in a temporary folder, and a given grader. */
public final class TestServer implements AutoCloseable {

    public static final String PASSWORD = "password-123";

    /** The engine every test server of this JVM lists exercises and takes uploads with: created once, as a process does. */
    public static final GradingEngine ENGINE = GradingEngine.fromSystemProperty();

    private final WebApp app;
    private final Path data;
    private final boolean ownsData;

    private TestServer(WebApp app, Path data, boolean ownsData) {
        this.app = app;
        this.data = data;
        this.ownsData = ownsData;
    }

    public static TestServer start(SubmissionGrader grader, int workers, RateLimit rateLimit) {
        return start(grader, workers, rateLimit, Clock.systemUTC());
    }

    /** As {@link #start(SubmissionGrader, int, RateLimit)}, timing failed logins' waits by {@code clock}. */
    public static TestServer start(SubmissionGrader grader, int workers, RateLimit rateLimit, Clock clock) {
        try {
            Path data = Files.createTempDirectory("grader-web-test");
            return new TestServer(app(grader, workers, rateLimit, data, null, clock), data, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server on a data folder the caller owns (and removes). */
    public static TestServer start(SubmissionGrader grader, int workers, RateLimit rateLimit, Path data, String jdbcUrl) {
        return new TestServer(app(grader, workers, rateLimit, data, jdbcUrl, Clock.systemUTC()), data, false);
    }

    /** As {@link #start(SubmissionGrader, int, RateLimit, Path, String)}, on {@code port}: a server restarted where its pages are open. */
    public static TestServer start(SubmissionGrader grader, int workers, RateLimit rateLimit, Path data, int port) {
        return new TestServer(app(grader, workers, rateLimit, data, null, Clock.systemUTC(), port), data, false);
    }

    private static WebApp app(SubmissionGrader grader, int workers, RateLimit rateLimit, Path data, String jdbcUrl, Clock clock) {
        return app(grader, workers, rateLimit, data, jdbcUrl, clock, 0);
    }

    private static WebApp app(SubmissionGrader grader, int workers, RateLimit rateLimit, Path data, String jdbcUrl, Clock clock,
                              int port) {
        ServerSettings settings = new ServerSettings("127.0.0.1", port, data, jdbcUrl, workers, "test-worker", rateLimit,
                true, GradingWorkers.DEFAULT_POLL_INTERVAL, 4, clock);
        return WebApp.start(settings, ENGINE, grader);
    }

    /** Creates an account with {@link #PASSWORD}. */
    public void account(String username, Role role) {
        app.accounts().create(username, username, role, PASSWORD);
    }

    public String url() {
        return "http://localhost:" + app.port();
    }

    public Path data() {
        return data;
    }

    public WebApp app() {
        return app;
    }

    @Override
    public void close() {
        app.close();
        if (ownsData) {
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the test's data folder " + data, e);
            }
        }
    }
}
