package exercise2;

import static exercise2.ExpectedResults.assertResults;
import static exercise2.ExpectedResults.mapCall;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests: a first check of each part of the pool. The hidden tests go much further (many
 * and repeated calls, large batches, how the work spreads over the workers, closing, and what
 * the pool looks like after crashes); passing these is a start, not a grade.
 */
class ProcessPoolPublicTest {

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
    @DisplayName("map returns Worker.compute of each input, in the order of the inputs")
    void resultsInInputOrder() {
        ProcessPool pool = newPool(2);
        List<Long> inputs = List.of(3L, 1L, 4L, 1L, 5L, 9L, 2L, 6L);
        assertResults(inputs, pool.map(inputs), mapCall(inputs));
        // The first task takes 0.2 s, the others none: the workers finish them out of order.
        List<Long> slowFirst = List.of(200_000_000L, 7L, 8L, 9L);
        assertResults(slowFirst, pool.map(slowFirst), mapCall(slowFirst) + " (the first task takes 0.2 s)");
    }

    @Test
    @DisplayName("each worker is a child process, and close stops them all")
    void workersAreChildProcesses() {
        ProcessPool pool = newPool(2);
        List<ProcessHandle> children = WorkerProcesses.alive();
        if (children.size() != 2) {
            fail("after new ProcessPool(2), the child processes of the test JVM are: "
                    + WorkerProcesses.describe(children) + ". Each worker must be a JVM of its own, started"
                    + " with ProcessBuilder, so there should be 2, running exercise2.Worker");
        }
        if (pool.workerCount() != 2) {
            fail("after new ProcessPool(2), workerCount() returned " + pool.workerCount() + " instead of 2");
        }
        pool.map(List.of(1L, 2L, 3L));
        pool.close();
        List<ProcessHandle> left = WorkerProcesses.alive();
        if (!left.isEmpty()) {
            fail("close() returned while these worker processes still ran: " + WorkerProcesses.describe(left)
                    + ". close must send the sentinel and wait until every worker has exited");
        }
    }

    @Test
    @DisplayName("0 workers is rejected with IllegalArgumentException")
    void zeroWorkersRejected() {
        try {
            newPool(0);
        } catch (IllegalArgumentException expected) {
            return;
        }
        fail("new ProcessPool(0) did not throw IllegalArgumentException: a pool needs at least 1 worker");
    }

    @Test
    @DisplayName("a task that kills its worker makes map throw WorkerCrashedException for that task")
    void aCrashIsReported() {
        ProcessPool pool = newPool(2);
        List<Long> inputs = List.of(1L, -1L, 2L);
        List<Long> results;
        try {
            results = pool.map(inputs);
        } catch (WorkerCrashedException crash) {
            if (crash.input() != -1) {
                fail(mapCall(inputs) + " threw WorkerCrashedException with input() " + crash.input()
                        + ", but the worker died on the task -1");
            }
            return;
        }
        fail(mapCall(inputs) + " returned " + results + ", but the worker that got the task -1 died on it:"
                + " map must throw WorkerCrashedException(-1, ...)");
    }
}
