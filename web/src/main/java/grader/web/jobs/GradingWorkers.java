package grader.web.jobs;

import grader.web.jobs.GradingMachines.Machine;
import grader.web.queue.GradingAttempt;
import grader.web.queue.GradingQueue;
import grader.web.queue.SubmissionGrader;
import grader.web.submission.WorkerFiles;
import java.time.Duration;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;

/**
 * One machine's grading workers, the one kind there is: a JobRunr background job server with
 * {@code threads} worker threads that runs {@link GradeSubmission} jobs with the given grader, in
 * the server's process (on either database) or in a grading machine's ({@link WorkerProcess}, on
 * a shared PostgreSQL). The server sends JobRunr's heartbeats; when they stop (the machine died),
 * another machine's server, or this one's after a restart, fails its jobs over and they run again.
 * Speedup phases stay exclusive on the machine, whatever the thread count, through the grader's
 * machine-wide core reservation.
 *
 * <p>Thread-safe: {@link #close} may come from any thread (a shutdown hook), and {@code stopping}
 * is volatile, read by the job threads. Owns the job server's threads: {@link #start} starts
 * them, {@link #close} stops them, letting jobs in hand end (JobRunr interrupts them after its
 * grace period); a job stopped here is run again.
 */
public final class GradingWorkers implements AutoCloseable {

    /** The least poll interval JobRunr allows with a SQL database: new jobs wait at most this long. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    /**
     * The workers' name (unique among the course's machines: the admin view and the claims show
     * it), their number, and how often the job server polls the database (JobRunr's minimum is 5 s;
     * a machine is taken for dead after 4 polls without a heartbeat).
     */
    public record Settings(String name, int threads, Duration pollInterval) {
    }

    private final BackgroundJobServer server;

    /** Set once, before the job server stops, so an interrupted grading is not taken for the grader's failure. */
    private volatile boolean stopping;

    private GradingWorkers(JobStorage storage, GradingQueue queue, WorkerFiles files, SubmissionGrader grader, Settings settings) {
        GradeSubmissionHandler handler = new GradeSubmissionHandler(queue, files, new GradingAttempt(queue, grader),
                settings.name(), () -> stopping);
        JobActivator activator = new JobActivator() {
            @Override
            public <T> T activateJob(Class<T> type) {
                // Wired by hand: the only job type is ours, and it shares one handler.
                return type.isInstance(handler) ? type.cast(handler) : null;
            }
        };
        this.server = new BackgroundJobServer(storage.provider(), storage.json(), activator,
                BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration().andName(settings.name())
                        .andWorkerCount(settings.threads()).andPollInterval(settings.pollInterval()));
    }

    /** Announces this machine and starts taking jobs. */
    public static GradingWorkers start(JobStorage storage, GradingQueue queue, WorkerFiles files, GradingMachines machines,
                                       SubmissionGrader grader, Settings settings) {
        machines.announce(Machine.here(settings.name(), settings.threads()));
        GradingWorkers workers = new GradingWorkers(storage, queue, files, grader, settings);
        workers.server.start();
        return workers;
    }

    @Override
    public void close() {
        stopping = true;
        server.stop();
    }
}
