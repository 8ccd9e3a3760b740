package grader.web.cli;

import grader.InvalidInputException;
import grader.api.GradingEngine;
import grader.web.jobs.GradingWorkers;
import grader.web.jobs.WorkerProcess;
import grader.web.queue.EngineGrader;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./grader worker}: this machine grades the course's submissions from its shared PostgreSQL, until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Grades submissions from the course's shared PostgreSQL database until stopped (see docs/deployment.md).")
public final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--db", required = true,
            description = "the course's PostgreSQL JDBC URL, the one the server was given, e.g. jdbc:postgresql://db/grader?user=grader&password=…")
    String jdbcUrl;

    @Option(names = "--workers", description = "grading threads (default: this machine's cores)")
    Integer workers;

    @Option(names = "--name", description = "this machine's name in the admin view and the claims (default: its host name; unique per worker)")
    String name;

    @Option(names = "--poll-seconds", defaultValue = "5",
            description = "how often to look for jobs (default ${DEFAULT-VALUE}, the least the job engine allows; dead after 4 missed polls)")
    int pollSeconds;

    @Override
    public Integer call() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        GradingWorkers.Settings settings = new GradingWorkers.Settings(name != null ? name : InetAddress.getLocalHost().getHostName(),
                workers != null ? workers : cores, Duration.ofSeconds(pollSeconds));
        if (settings.threads() < 1) {
            throw new InvalidInputException("--workers takes 1 or more.");
        }
        if (settings.pollInterval().compareTo(GradingWorkers.DEFAULT_POLL_INTERVAL) < 0) {
            throw new InvalidInputException("--poll-seconds takes " + GradingWorkers.DEFAULT_POLL_INTERVAL.toSeconds()
                    + " or more, the least the job engine allows on a SQL database.");
        }
        WorkerProcess process = WorkerProcess.start(jdbcUrl, new EngineGrader(GradingEngine.fromSystemProperty()), settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            process.close();
            stopped.countDown();
        }, "grader-worker-shutdown"));
        System.out.println("Grading worker " + settings.name() + ": " + settings.threads() + " grading threads on " + cores
                + " cores (speedup phases one at a time on this machine), taking jobs every " + pollSeconds
                + " s from the shared database. Stop it with Ctrl-C; its jobs in hand are graded again elsewhere.");
        stopped.await();
        return 0;
    }
}
