package exercise2;

import static exercise2.ExpectedResults.assertResults;
import static exercise2.ExpectedResults.mapCall;
import static exercise2.ExpectedResults.quickInputs;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: crash isolation. A negative task makes the given {@link Worker} halt its JVM
 * without answering. {@code map} must then throw {@link WorkerCrashedException} for that task,
 * the dead worker must be replaced by a fresh process, and the pool must go on serving later
 * calls correctly: with as many workers as before, and with no answer of the failed call
 * mistaken for one of a later call.
 */
class ProcessPoolCrashTest {

    /** How long a dead worker may take to disappear from the process table. */
    private static final Duration REAPING = Duration.ofSeconds(3);

    private final SplittableRandom random = new SplittableRandom(3);
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
    @DisplayName("a crash makes map throw WorkerCrashedException whose input() is the task the worker died on")
    void crashReportsTheInput() {
        ProcessPool pool = newPool(2);
        expectCrash(pool, List.of(1L, 2L, -7L, 4L, 5L), Set.of(-7L));
        expectCrash(pool, List.of(-123_456_789L), Set.of(-123_456_789L));
    }

    @Test
    @DisplayName("the dead worker is replaced: workerCount() and the worker processes are back to 3")
    void crashedWorkerIsReplaced() throws InterruptedException {
        ProcessPool pool = newPool(3);
        List<Long> warmUp = List.of(1L, 2L, 3L);
        assertResults(warmUp, pool.map(warmUp), mapCall(warmUp));
        Set<Long> before = pids(WorkerProcesses.alive());
        List<Long> inputs = List.of(4L, -5L, 6L);
        expectCrash(pool, inputs, Set.of(-5L));
        if (pool.workerCount() != 3) {
            fail("after " + mapCall(inputs) + " threw WorkerCrashedException, workerCount() returned "
                    + pool.workerCount() + "; the dead worker must be replaced before map throws, so the pool"
                    + " keeps its 3 workers");
        }
        List<ProcessHandle> after = WorkerProcesses.awaitAlive(3, REAPING);
        if (after.size() != 3) {
            fail("after the worker that ran task -5 died, the live child processes of the test JVM are: "
                    + WorkerProcesses.describe(after) + ". The dead worker must be replaced by a new process,"
                    + " so that 3 are alive again");
        }
        long survivors = pids(after).stream().filter(before::contains).count();
        if (survivors != 2) {
            fail("of the 3 worker processes alive before the crash, " + survivors + " are still alive after it"
                    + " (expected 2: only the worker that died should have been replaced)");
        }
    }

    @Test
    @DisplayName("after a crash, later calls return correct results, even with slow tasks still running at the crash")
    void laterCallsAreCorrectAfterACrash() {
        ProcessPool pool = newPool(2);
        // The worker that gets -1 dies at once, while the other still works on a 0.3 s task.
        List<Long> crashing = List.of(-1L, 300_000_000L, 5L, 6L, 7L);
        expectCrash(pool, crashing, Set.of(-1L));
        for (int call = 1; call <= 3; call++) {
            List<Long> inputs = quickInputs(random, 50);
            assertResults(inputs, pool.map(inputs), mapCall(inputs) + " (call " + call + " after "
                    + mapCall(crashing) + " threw WorkerCrashedException)");
        }
        List<Long> crashInTheMiddle = new ArrayList<>(quickInputs(random, 200));
        crashInTheMiddle.set(100, -100L);
        crashInTheMiddle.set(101, 250_000_000L);
        expectCrash(pool, crashInTheMiddle, Set.of(-100L));
        List<Long> inputs = quickInputs(random, 500);
        assertResults(inputs, pool.map(inputs), mapCall(inputs) + " after a second crash");
    }

    @Test
    @DisplayName("when every worker dies in the same call, all are replaced and the pool keeps serving")
    void everyWorkerCrashing() throws InterruptedException {
        ProcessPool pool = newPool(2);
        List<Long> inputs = List.of(-1L, -2L, -3L, 10L);
        expectCrash(pool, inputs, Set.of(-1L, -2L, -3L));
        if (pool.workerCount() != 2) {
            fail("after " + mapCall(inputs) + " threw WorkerCrashedException, workerCount() returned "
                    + pool.workerCount() + "; every dead worker must be replaced, so the pool keeps its 2 workers");
        }
        List<ProcessHandle> after = WorkerProcesses.awaitAlive(2, REAPING);
        if (after.size() != 2) {
            fail("after both workers died, the live child processes of the test JVM are: "
                    + WorkerProcesses.describe(after) + ". Each dead worker must be replaced by a new process,"
                    + " so that 2 are alive again");
        }
        List<Long> later = quickInputs(random, 100);
        assertResults(later, pool.map(later), mapCall(later) + " after every worker had died once");
    }

    /** Fails unless map(inputs) throws WorkerCrashedException with one of {@code crashing} as input(). */
    private static void expectCrash(ProcessPool pool, List<Long> inputs, Set<Long> crashing) {
        String which = crashing.size() == 1 ? "the task " + crashing.iterator().next()
                : "one of the tasks " + crashing.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
        List<Long> results;
        try {
            results = pool.map(inputs);
        } catch (WorkerCrashedException crash) {
            if (!crashing.contains(crash.input())) {
                fail(mapCall(inputs) + " threw WorkerCrashedException with input() " + crash.input()
                        + ", but the worker died on " + which);
            }
            return;
        }
        fail(mapCall(inputs) + " returned " + results + ", but a worker died on " + which
                + ": map must throw WorkerCrashedException for it");
    }

    private static Set<Long> pids(List<ProcessHandle> processes) {
        return processes.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
