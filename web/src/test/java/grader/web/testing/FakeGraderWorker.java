package grader.web.testing;

import grader.web.jobs.GradingWorkers;
import grader.web.jobs.WorkerProcess;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A grading machine in its own JVM, as {@code ./grader worker} runs it ({@link WorkerProcess}, the
 * job engine's workers on the shared database) but grading with {@link FakeGrader}, for tests
 * that kill it with SIGKILL. Arguments: JDBC URL, worker name, threads, milliseconds per grading,
 * log file. Appends one line per grading started to the log (the name of the folder it was
 * unpacked into), so a test can tell gradings from recorded results. Prints {@code READY} once it
 * takes jobs.
 */
public final class FakeGraderWorker {

    private FakeGraderWorker() {
    }

    public static void main(String[] args) throws InterruptedException {
        FakeGrader fake = new FakeGrader(Long.parseLong(args[3]), 0);
        WorkerProcess.start(args[0], fake.loggingTo(Path.of(args[4])), new GradingWorkers.Settings(args[1], Integer.parseInt(args[2]),
                GradingWorkers.DEFAULT_POLL_INTERVAL));
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
