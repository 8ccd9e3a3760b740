package grader.web.testing;

import grader.web.db.Database;
import grader.web.jobs.GradingWorkers;
import grader.web.jobs.WorkerProcess;
import grader.web.queue.SubmissionGrader;
import grader.web.submission.SubmissionFiles;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A grading machine in its own JVM, as {@code ./grader worker} runs it ({@link WorkerProcess}, the
 * job engine's workers on the shared database) but grading with {@link FakeGrader}, for tests
 * that kill it with SIGKILL. Arguments: the shared PostgreSQL's JDBC URL (or a server's data
 * folder: its SQLite file and stored files, for worker processes beside it on one machine), worker
 * name, threads, milliseconds per grading, log file. Appends one line per grading started to the log (the name of the folder it was
 * unpacked into), so a test can tell gradings from recorded results. Prints {@code READY} once it
 * takes jobs.
 */
public final class FakeGraderWorker {

    private FakeGraderWorker() {
    }

    public static void main(String[] args) throws InterruptedException {
        SubmissionGrader grader = new FakeGrader(Long.parseLong(args[3]), 0).loggingTo(Path.of(args[4]));
        GradingWorkers.Settings settings = new GradingWorkers.Settings(args[1], Integer.parseInt(args[2]),
                GradingWorkers.DEFAULT_POLL_INTERVAL);
        if (args[0].startsWith("jdbc:")) {
            WorkerProcess.start(args[0], grader, settings);
        } else {
            Path data = Path.of(args[0]);
            WorkerProcess.start(Database.sqlite(data), new SubmissionFiles(data), grader, settings);
        }
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
