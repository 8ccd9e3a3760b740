package exercise2;

import static exercise2.ExpectedResults.assertResults;
import static exercise2.ExpectedResults.mapCall;
import static exercise2.ExpectedResults.quickInputs;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: {@link ProcessPool#map} returns {@code Worker.compute} of every input, in input
 * order, for no input, one, many, very many, and over many calls on the same pool. Every expected
 * value comes from the given {@link Worker#compute}, run in the test JVM.
 */
class ProcessPoolResultsTest {

    private final SplittableRandom random = new SplittableRandom(2);
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
    @DisplayName("no input gives no result, and the pool still works afterwards")
    void emptyInput() {
        ProcessPool pool = newPool(2);
        for (int call = 1; call <= 2; call++) {
            assertResults(List.of(), pool.map(List.of()), "map([]) (call " + call + ")");
        }
        List<Long> inputs = List.of(10L, 20L, 30L);
        assertResults(inputs, pool.map(inputs), mapCall(inputs) + " after two calls with no input");
    }

    @Test
    @DisplayName("a single input, with more workers than inputs")
    void oneInput() {
        ProcessPool pool = newPool(3);
        for (long input : new long[] {7, 0, ExpectedResults.QUICK_BOUND - 1}) {
            List<Long> inputs = List.of(input);
            assertResults(inputs, pool.map(inputs), mapCall(inputs) + " on a pool of 3 workers");
        }
    }

    @Test
    @DisplayName("2,000 inputs on 2 workers, some of them slow, all in input order")
    void manyInputsInOrder() {
        ProcessPool pool = newPool(2);
        List<Long> inputs = quickInputs(random, 2_000);
        // Slow tasks at the start and in the middle: the tasks after them finish first.
        inputs.set(0, 300_000_000L);
        inputs.set(1_000, 200_000_000L);
        assertResults(inputs, pool.map(inputs), mapCall(inputs)
                + " (position 0 takes 0.3 s and position 1000 takes 0.2 s, the others no time)");
    }

    @Test
    @DisplayName("tasks that finish in the reverse order of the inputs still come back in input order")
    void slowTasksKeepTheirPlace() {
        ProcessPool pool = newPool(3);
        List<Long> inputs = List.of(400_000_000L, 300_000_000L, 200_000_000L, 100_000_000L, 1L, 2L, 3L);
        assertResults(inputs, pool.map(inputs), mapCall(inputs)
                + " (the tasks take 0.4 s, 0.3 s, 0.2 s, 0.1 s, then no time)");
    }

    @Test
    @DisplayName("40 calls of 0 to 39 inputs on the same pool")
    void repeatedCalls() {
        ProcessPool pool = newPool(2);
        for (int call = 0; call < 40; call++) {
            List<Long> inputs = quickInputs(random, call);
            assertResults(inputs, pool.map(inputs), mapCall(inputs) + " (call " + (call + 1) + " of 40 on one pool)");
        }
    }

    /**
     * So many tasks that their lines, and their results' lines, are each far larger than a pipe
     * holds (64 KiB): a pool that writes all of a worker's tasks before it reads any result blocks
     * for ever, as does its worker, which cannot write its results while nobody reads them.
     */
    @Test
    @DisplayName("80,000 inputs on 2 workers: more than the pipes to and from a worker can hold")
    void largeBatch() {
        ProcessPool pool = newPool(2);
        List<Long> inputs = quickInputs(random, 80_000);
        assertResults(inputs, pool.map(inputs), mapCall(inputs));
        List<Long> again = quickInputs(random, 50);
        assertResults(again, pool.map(again), mapCall(again) + " after a map of 80,000 inputs");
    }
}
