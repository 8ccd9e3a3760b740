package exercise2;

import static exercise2.ExpectedResults.assertResults;
import static exercise2.ExpectedResults.mapCall;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: the workers are processes of their own, one per configured worker; the work is
 * spread over all of them at once; and close stops every one of them, once, however often it is
 * called. The processes are observed from outside, through {@link ProcessHandle}.
 */
class ProcessPoolProcessesTest {

    /** A slow task: Worker.compute takes 0.3 s on it. */
    private static final long SLOW_TASK = 300_000_000L;
    private static final long SLOW_TASK_MILLIS = 300;

    @BeforeEach
    void startClean() throws InterruptedException {
        WorkerProcesses.cleanUp();
    }

    @AfterAll
    static void leaveClean() throws InterruptedException {
        WorkerProcesses.cleanUp();
    }

    private static ProcessPool newPool(int workers) {
        return WorkerProcesses.newPool(workers);
    }

    @Test
    @DisplayName("a pool of 1 and a pool of 3 start 1 and 3 worker processes")
    void oneChildProcessPerWorker() throws InterruptedException {
        int[] sizes = {1, 3};
        for (int workers : sizes) {
            ProcessPool pool = newPool(workers);
            List<ProcessHandle> children = WorkerProcesses.alive();
            if (children.size() != workers) {
                fail("right after new ProcessPool(" + workers + "), the child processes of the test JVM are: "
                        + WorkerProcesses.describe(children) + ". The constructor must start one worker JVM"
                        + " running exercise2.Worker per worker, so there should be " + workers);
            }
            for (ProcessHandle child : children) {
                String command = child.info().commandLine().orElse("exercise2.Worker");
                if (!command.contains("exercise2.Worker")) {
                    fail("the pool started process " + child.pid() + " with the command '" + command
                            + "'; a worker runs the class exercise2.Worker");
                }
            }
            if (pool.workerCount() != workers) {
                fail("after new ProcessPool(" + workers + "), workerCount() returned " + pool.workerCount()
                        + " instead of " + workers);
            }
            List<Long> inputs = List.of(11L, 12L, 13L, 14L);
            assertResults(inputs, pool.map(inputs), mapCall(inputs) + " on a pool of " + workers);
            WorkerProcesses.cleanUp();
        }
    }

    @Test
    @DisplayName("fewer than 1 worker is rejected before any process starts")
    void rejectsTooFewWorkers() {
        for (int workers : new int[] {0, -1, Integer.MIN_VALUE}) {
            try {
                newPool(workers);
                fail("new ProcessPool(" + workers + ") did not throw IllegalArgumentException:"
                        + " a pool needs at least 1 worker");
            } catch (IllegalArgumentException expected) {
                List<ProcessHandle> started = WorkerProcesses.alive();
                if (!started.isEmpty()) {
                    fail("new ProcessPool(" + workers + ") threw IllegalArgumentException but left these"
                            + " processes running: " + WorkerProcesses.describe(started) + ". Check the"
                            + " argument before starting anything");
                }
            }
        }
    }

    @Test
    @DisplayName("after close no worker process remains and workerCount() is 0")
    void closeStopsEveryWorker() {
        ProcessPool pool = newPool(3);
        List<Long> inputs = List.of(1L, 2L, 3L, 4L, 5L, 6L);
        assertResults(inputs, pool.map(inputs), mapCall(inputs));
        pool.close();
        List<ProcessHandle> left = WorkerProcesses.alive();
        if (!left.isEmpty()) {
            fail("close() returned while these worker processes still ran: " + WorkerProcesses.describe(left)
                    + ". close must send each worker the sentinel and wait until it has exited (a worker"
                    + " takes about 0.2 s to finish up after the sentinel)");
        }
        if (pool.workerCount() != 0) {
            fail("after close(), workerCount() returned " + pool.workerCount() + "; no worker is alive any more");
        }
    }

    @Test
    @DisplayName("close can be called again, and then does nothing")
    void closeIsIdempotent() {
        ProcessPool pool = newPool(2);
        pool.map(List.of(1L, 2L));
        pool.close();
        for (int call = 2; call <= 3; call++) {
            long start = System.nanoTime();
            try {
                pool.close();
            } catch (RuntimeException e) {
                fail("calling close() a " + (call == 2 ? "second" : "third") + " time threw " + e
                        + "; closing a closed pool must do nothing", e);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 1_000) {
                fail("calling close() a " + (call == 2 ? "second" : "third") + " time took " + millis
                        + " ms; closing a closed pool must do nothing");
            }
        }
        List<ProcessHandle> left = WorkerProcesses.alive();
        if (!left.isEmpty()) {
            fail("after closing the pool three times, these worker processes still ran: "
                    + WorkerProcesses.describe(left) + ". close must wait until every worker has exited");
        }
    }

    /**
     * 9 tasks of 0.3 s each on 3 workers take 0.9 s when all three work at once, 1.5 s on two
     * workers, and 2.7 s on one, or when the pool waits for each answer before it sends the next
     * task. The best of two calls must stay under 1.5 s; calls before them let the workers start.
     */
    @Test
    @DisplayName("9 slow tasks on 3 workers run three at a time")
    void workIsSpreadOverAllWorkers() throws InterruptedException {
        ProcessPool pool = newPool(3);
        List<Long> warmUp = List.of(1L, 2L, 3L, 4L, 5L, 6L);
        assertResults(warmUp, pool.map(warmUp), mapCall(warmUp));
        List<Long> inputs = Collections.nCopies(9, SLOW_TASK);
        long expected = Worker.compute(SLOW_TASK);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            List<Long> results = pool.map(inputs);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (results == null || results.size() != 9 || results.stream().anyMatch(r -> r == null || r != expected)) {
                fail("map of 9 copies of " + SLOW_TASK + " returned " + results + "; every result should be "
                        + expected);
            }
            best = Math.min(best, millis);
        }
        long limit = 1_500;
        if (best >= limit) {
            fail("map of 9 tasks of " + SLOW_TASK_MILLIS + " ms each on a pool of 3 workers took " + best
                    + " ms at best, where 3 workers running a task each at a time need about "
                    + 3 * SLOW_TASK_MILLIS + " ms (one worker alone needs " + 9 * SLOW_TASK_MILLIS
                    + " ms); the tasks must be spread over all workers, which run at the same time,"
                    + " so send a worker its next task without waiting for the others");
        }
    }
}
