package grader.web.cli;

import grader.api.GradingEngine;
import grader.web.ServerSettings;
import grader.web.WebApp;
import grader.web.account.PasswordHasher;
import grader.web.jobs.GradingWorkers;
import grader.web.queue.EngineGrader;
import grader.web.submission.RateLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./grader serve}: the web front end and this machine's grading workers, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the web front end and grading queue until stopped (an embedded SQLite database unless --db names another).")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE})", defaultValue = "7070")
    int port;

    @Option(names = "--host", description = "address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all)", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--db", description = "a PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost/grader?user=grader&password=…")
    String jdbcUrl;

    @Option(names = "--data", description = "folder for the SQLite file and stored submissions (default .grader-data/web in the project)")
    Path dataFolder;

    @Option(names = "--workers", description = "grading workers on this machine (default: its cores with the embedded database;"
            + " 0 with PostgreSQL, where ./grader worker machines grade; 0 to only serve pages)")
    Integer workers;

    @Option(names = "--worker-name", description = "this machine's name in the shared queue (default host:port)")
    String workerName;

    @Option(names = "--rate-limit", description = "submissions a student may make per window (default ${DEFAULT-VALUE})", defaultValue = "10")
    int rateLimit;

    @Option(names = "--rate-window-minutes", description = "the rate limit's window (default ${DEFAULT-VALUE})", defaultValue = "10")
    int rateWindowMinutes;

    @Option(names = "--insecure-cookies", description = "session cookies without Secure, for plain HTTP away from localhost")
    boolean insecureCookies;

    @Option(names = "--add-instructor", paramLabel = "USERNAME",
            description = "create an instructor account (password from GRADER_PASSWORD, the terminal or standard input) and exit")
    String addInstructor;

    @Override
    public Integer call() throws Exception {
        GradingEngine engine = GradingEngine.fromSystemProperty();
        Path data = dataFolder != null ? dataFolder : engine.root().resolve(".grader-data/web");
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + data, e);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int defaultWorkers = jdbcUrl == null ? cores : 0;
        ServerSettings settings = new ServerSettings(host, port, data, jdbcUrl, workers != null ? workers : defaultWorkers,
                workerName != null ? workerName : InetAddress.getLocalHost().getHostName() + ":" + port,
                new RateLimit(rateLimit, Duration.ofMinutes(rateWindowMinutes)), !insecureCookies,
                GradingWorkers.DEFAULT_POLL_INTERVAL, PasswordHasher.STANDARD_COST, Clock.systemUTC());
        if (addInstructor != null) {
            String password = Passwords.read("GRADER_PASSWORD", "Password for " + addInstructor + ": ");
            WebApp.addInstructor(settings, addInstructor, addInstructor, password);
            System.out.println("Instructor " + addInstructor + " created; start the server with ./grader serve and log in.");
            return 0;
        }
        WebApp app = WebApp.start(settings, engine, new EngineGrader(engine));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "grader-shutdown"));
        System.out.println("Grader web front end on http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + app.port()
                + "/ (database: " + (jdbcUrl == null ? data.resolve("grader.db") : "PostgreSQL") + "; " + settings.workers()
                + " grading workers as " + settings.workerName()
                + (jdbcUrl != null ? "; grading machines join with ./grader worker --db URL" : "") + "). Stop it with Ctrl-C.");
        if (!app.accounts().anyInstructor()) {
            System.out.println("No instructor account yet: create one with ./grader serve --add-instructor USERNAME"
                    + (dataFolder != null ? " --data " + dataFolder : "") + (jdbcUrl != null ? " --db URL" : "")
                    + " (it asks for the password), then log in.");
        }
        stopped.await();
        return 0;
    }
}
