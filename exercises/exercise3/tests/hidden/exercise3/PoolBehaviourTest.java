package exercise3;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: what the two pools do with their threads, on this JVM's processors. Every check is
 * behavioural: tasks that block on a gate show how many run at once and on which threads, and a
 * task that finds itself on the thread that submitted it shows caller-runs backpressure. The pools
 * are probed through {@link Probe}, which {@link ProcessorCountTest} uses too.
 */
class PoolBehaviourTest {

    @Test
    @DisplayName("cpuBoundPool() runs exactly one task per processor at once")
    void cpuPoolRunsExactlyItsThreads() {
        try (Probe probe = Probe.cpuPool()) {
            probe.assertRunsExactlyItsThreadsAtOnce();
        }
    }

    @Test
    @DisplayName("ioBoundPool(50, 20) runs exactly ioBoundThreads(50, 20, 1.0) tasks at once")
    void ioPoolRunsExactlyItsThreads() {
        try (Probe probe = Probe.ioPool()) {
            probe.assertRunsExactlyItsThreadsAtOnce();
        }
    }

    @Test
    @DisplayName("a saturated cpuBoundPool() makes the submitting thread run the task, after a bounded queue")
    void cpuPoolCallerRunsWhenSaturated() {
        try (Probe probe = Probe.cpuPool()) {
            probe.assertSubmitterRunsTaskWhenSaturated();
        }
    }

    @Test
    @DisplayName("a saturated ioBoundPool(50, 20) makes the submitting thread run the task, after a bounded queue")
    void ioPoolCallerRunsWhenSaturated() {
        try (Probe probe = Probe.ioPool()) {
            probe.assertSubmitterRunsTaskWhenSaturated();
        }
    }

    @Test
    @DisplayName("both pools reuse their threads for task after task")
    void threadsAreReused() {
        try (Probe probe = Probe.cpuPool()) {
            probe.assertThreadsReused(3);
        }
        try (Probe probe = Probe.ioPool()) {
            probe.assertThreadsReused(3);
        }
    }

    @Test
    @DisplayName("shutdown() lets running and queued tasks finish, then ends the pool's threads")
    void shutdownLetsQueuedTasksFinish() {
        try (Probe probe = Probe.cpuPool()) {
            probe.assertShutdownFinishesQueuedTasks();
        }
        try (Probe probe = Probe.ioPool()) {
            probe.assertShutdownFinishesQueuedTasks();
        }
    }

    @Test
    @DisplayName("shutdownNow() interrupts the running tasks and ends the pool's threads")
    void shutdownNowInterruptsWorkers() {
        try (Probe probe = Probe.cpuPool()) {
            probe.assertShutdownNowEndsThreads();
        }
        try (Probe probe = Probe.ioPool()) {
            probe.assertShutdownNowEndsThreads();
        }
    }

    @Test
    @DisplayName("every call creates a new pool: shutting one down does not affect the next")
    void eachCallCreatesANewPool() throws Exception {
        assertNewPoolPerCall("cpuBoundPool()", PoolSizing::cpuBoundPool);
        assertNewPoolPerCall("ioBoundPool(50, 20)", () -> PoolSizing.ioBoundPool(50, 20));
    }

    private static void assertNewPoolPerCall(String call, Supplier<ExecutorService> create) throws Exception {
        ExecutorService first = create.get();
        first.shutdown();
        first.awaitTermination(5, TimeUnit.SECONDS);
        ExecutorService second = create.get();
        try {
            if (second == first) {
                fail("two calls of " + call + " returned the same pool; every call should create a new pool that "
                        + "belongs to its caller, who shuts it down when done");
            }
            Future<Integer> answer;
            try {
                answer = second.submit(() -> 42);
            } catch (RejectedExecutionException e) {
                fail("a pool just returned by " + call + " rejected its first task, after an earlier pool from "
                        + call + " had been shut down: every call should create a new, running pool");
                return;
            }
            try {
                answer.get(5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail("a pool just returned by " + call + " did not run its first task within 5 s, after an earlier "
                        + "pool from " + call + " had been shut down: every call should create a new, running pool");
            }
        } finally {
            second.shutdownNow();
            second.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /**
     * Drives one pool with instrumented tasks. A task run by a pool thread counts itself as running
     * and blocks on the current gate until {@link #openGate()} (or an interrupt); a task that finds
     * itself on the thread that submitted it counts as run by the submitter and returns at once, so
     * caller-runs backpressure never blocks the test. {@link #close()} opens the gate and shuts the
     * pool down, so a failed check never leaves threads behind.
     */
    static final class Probe implements AutoCloseable {

        /** The most tasks a pool's queue may hold, as the statement allows. */
        static final int MAX_QUEUED = 1_000;
        /** How long a task submitted to a pool with an idle thread may take to start. */
        private static final long START_MILLIS = 2_000;
        /** How long to watch for a pool running more tasks than it has threads. */
        private static final long GROWTH_MILLIS = 500;
        /** How long the submitting thread may take to submit a batch of tasks. */
        private static final long SUBMIT_MILLIS = 5_000;

        private final ExecutorService pool;
        private final String name;
        private final int threads;
        private final String why;

        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger mostRunning = new AtomicInteger();
        private final AtomicInteger submitted = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicInteger runBySubmitter = new AtomicInteger();
        private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
        private volatile CountDownLatch gate = new CountDownLatch(1);

        /**
         * @param name how the student would call it, e.g. {@code cpuBoundPool()}
         * @param threads how many threads it must have
         * @param why where that number comes from, for the failure messages
         */
        Probe(ExecutorService pool, String name, int threads, String why) {
            if (pool == null) {
                fail(name + " returned null instead of a pool");
            }
            this.pool = pool;
            this.name = name;
            this.threads = threads;
            this.why = why;
        }

        static Probe cpuPool() {
            int processors = Runtime.getRuntime().availableProcessors();
            return new Probe(PoolSizing.cpuBoundPool(), "cpuBoundPool()", processors,
                    "one per processor, and this JVM has " + processors);
        }

        /** ioBoundPool(50, 20): Ncpu × 1.0 × (1 + 50/20) = 3.5 × Ncpu threads, rounded up. */
        static Probe ioPool() {
            int processors = Runtime.getRuntime().availableProcessors();
            int size = (7 * processors + 1) / 2;
            return new Probe(PoolSizing.ioBoundPool(50, 20), "ioBoundPool(50, 20)", size,
                    "ioBoundThreads(50, 20, 1.0): " + processors + " processors × 1.0 × (1 + 50/20) = "
                            + (processors % 2 == 0 ? String.valueOf(size) : size - 1 + ".5, rounded up to " + size));
        }

        // --- the checks ---------------------------------------------------------------------------

        /** The pool reaches its size on distinct threads and never goes beyond it. */
        void assertRunsExactlyItsThreadsAtOnce() {
            occupyAllThreads();
            if (workers.size() != threads) {
                fail(name + " ran " + threads + " tasks at once on only " + workers.size() + " different threads");
            }
            submitFromOtherThread(1);
            assertNoGrowth("one more task was submitted while its " + threads + " threads were all busy");
            openGate();
            awaitAllFinished();
        }

        /**
         * With every thread blocked, tasks submitted one by one fill the queue and then the
         * submitting thread runs one itself: never a rejection, never an extra thread, never a
         * blocked submitter, never a lost task, and at most {@link #MAX_QUEUED} tasks queued first.
         */
        void assertSubmitterRunsTaskWhenSaturated() {
            occupyAllThreads();
            AtomicInteger rejectedAt = new AtomicInteger();
            AtomicInteger runHereAt = new AtomicInteger();
            Thread submitter = new Thread(() -> {
                for (int extra = 1; extra <= MAX_QUEUED + 1; extra++) {
                    int before = runBySubmitter.get();
                    try {
                        submit();
                    } catch (RejectedExecutionException e) {
                        rejectedAt.set(extra);
                        return;
                    }
                    if (runBySubmitter.get() > before) {
                        runHereAt.set(extra);
                        return;
                    }
                    if (running.get() > threads) {
                        return;
                    }
                }
            }, "test submitter to " + name);
            runToEnd(submitter, "submitting one task after another to " + name + " while all its " + threads
                    + " threads were busy");
            if (rejectedAt.get() > 0) {
                fail(name + " threw RejectedExecutionException for a task submitted while all its " + threads
                        + " threads were busy" + queuedNote(rejectedAt.get() - 1) + ": a saturated pool should make "
                        + "the submitting thread run the task itself (ThreadPoolExecutor.CallerRunsPolicy), not "
                        + "reject it (the default AbortPolicy)");
            }
            assertNoGrowth("its queue filled up");
            openGate();
            awaitAllFinished();
            if (runHereAt.get() == 0) {
                fail(name + " accepted " + (MAX_QUEUED + 1) + " tasks while all its " + threads + " threads were "
                        + "busy, and the submitting thread never had to run one itself: its work queue is unbounded "
                        + "(or holds more than " + MAX_QUEUED + " tasks). Give the queue a capacity, so that a "
                        + "saturated pool pushes back on whoever submits");
            }
        }

        /** Round after round of {@code threads} tasks all run on the same {@code threads} threads. */
        void assertThreadsReused(int rounds) {
            for (int round = 1; round <= rounds; round++) {
                gate = new CountDownLatch(1);
                occupyAllThreads();
                openGate();
                awaitAllFinished();
            }
            if (workers.size() != threads) {
                fail(name + " used " + workers.size() + " different threads for " + rounds + " rounds of " + threads
                        + " tasks, each round starting after the previous one had finished: a pool should keep its "
                        + threads + " threads (" + why + ") and reuse them, not start new ones");
            }
        }

        /** shutdown() with busy threads and queued tasks: everything still runs, then the threads end. */
        void assertShutdownFinishesQueuedTasks() {
            occupyAllThreads();
            submitFromOtherThread(3);
            pool.shutdown();
            if (!pool.isShutdown()) {
                fail(name + ".isShutdown() is false right after shutdown()");
            }
            openGate();
            if (!awaitTermination()) {
                fail("after shutdown() and with every task free to finish, " + name + " did not terminate within 5 s");
            }
            if (finished.get() != submitted.get()) {
                fail("after shutdown(), " + name + " ran only " + finished.get() + " of the " + submitted.get()
                        + " tasks submitted before it: shutdown() must let queued tasks finish");
            }
            assertWorkersEnded("shutdown()");
        }

        /** shutdownNow() while every thread is blocked: the interrupt ends the tasks and the threads. */
        void assertShutdownNowEndsThreads() {
            occupyAllThreads();
            pool.shutdownNow();
            if (!awaitTermination()) {
                fail("after shutdownNow(), " + name + " did not terminate within 5 s, although its " + threads
                        + " running tasks stop as soon as they are interrupted");
            }
            assertWorkersEnded("shutdownNow()");
        }

        // --- the steps ----------------------------------------------------------------------------

        /**
         * Submits tasks from the calling thread until {@code threads} of them are running on pool
         * threads at once, each submitted after the previous one started. A task the pool hands back
         * to the submitter (a hand-off queue whose threads were not yet waiting) is submitted again.
         */
        void occupyAllThreads() {
            if (pool.isShutdown()) {
                fail(name + " returned a pool that was already shut down (an earlier caller shut it down?): every "
                        + "call should create a new pool that belongs to its caller");
            }
            for (int k = 1; k <= threads; k++) {
                for (int attempt = 1; ; attempt++) {
                    int before = runBySubmitter.get();
                    try {
                        submit();
                    } catch (RejectedExecutionException e) {
                        fail(name + " rejected a task while only " + running.get() + " of its " + threads
                                + " threads were busy (" + why + ")");
                    }
                    if (runBySubmitter.get() == before) {
                        break;
                    }
                    if (attempt == 100) {
                        fail(name + " made the submitting thread run the task itself while only " + running.get()
                                + " tasks were running, but it should run " + threads + " at once (" + why + ")");
                    }
                    pause(10);
                }
                int expected = k;
                if (!await(() -> running.get() >= expected, START_MILLIS)) {
                    fail(name + " ran only " + running.get() + " tasks at once, but it should run " + threads
                            + " at once (" + why + "): of " + tasks(k) + " submitted one after another, only "
                            + running.get() + " started within " + START_MILLIS / 1000 + " s and the rest waited in "
                            + "the queue");
                }
            }
        }

        /** Submits {@code count} tasks from a helper thread, which must not be held up. */
        void submitFromOtherThread(int count) {
            AtomicInteger rejected = new AtomicInteger();
            Thread submitter = new Thread(() -> {
                for (int i = 0; i < count; i++) {
                    try {
                        submit();
                    } catch (RejectedExecutionException e) {
                        rejected.incrementAndGet();
                    }
                }
            }, "test submitter to " + name);
            runToEnd(submitter, "submitting " + count + " more task" + (count == 1 ? "" : "s") + " to " + name
                    + " while all its " + threads + " threads were busy");
            if (rejected.get() > 0) {
                fail(name + " threw RejectedExecutionException for " + rejected.get() + " of " + count + " task"
                        + (count == 1 ? "" : "s") + " submitted while all its " + threads + " threads were busy: a "
                        + "busy pool should queue a task, or make the submitting thread run it when the queue is "
                        + "full (ThreadPoolExecutor.CallerRunsPolicy), never reject it");
            }
        }

        void openGate() {
            gate.countDown();
        }

        @Override
        public void close() {
            openGate();
            pool.shutdownNow();
            awaitTermination();
        }

        private void submit() {
            Thread submitter = Thread.currentThread();
            CountDownLatch taskGate = gate;
            pool.execute(() -> {
                Thread me = Thread.currentThread();
                if (me == submitter) {
                    runBySubmitter.incrementAndGet();
                    finished.incrementAndGet();
                    return;
                }
                workers.add(me);
                mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    taskGate.await();
                } catch (InterruptedException e) {
                    me.interrupt();
                } finally {
                    running.decrementAndGet();
                    finished.incrementAndGet();
                }
            });
            submitted.incrementAndGet();
        }

        private void runToEnd(Thread submitter, String what) {
            submitter.setDaemon(true);
            submitter.start();
            try {
                submitter.join(SUBMIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (submitter.isAlive()) {
                fail("the test thread " + what + " was blocked inside execute() for " + SUBMIT_MILLIS / 1000 + " s: "
                        + "a saturated pool should make the submitting thread run the task itself "
                        + "(ThreadPoolExecutor.CallerRunsPolicy), not make it wait");
            }
        }

        private void assertNoGrowth(String when) {
            await(() -> running.get() > threads, GROWTH_MILLIS);
            if (mostRunning.get() > threads) {
                fail(name + " ran " + mostRunning.get() + " tasks at once when " + when + ", but it should never run "
                        + "more than " + threads + " (" + why + "): when every thread is busy, tasks should wait in "
                        + "the queue, or the submitting thread should run them, instead of the pool adding threads");
            }
        }

        private void awaitAllFinished() {
            if (!await(() -> finished.get() >= submitted.get(), 5_000)) {
                fail("of " + submitted.get() + " tasks accepted by " + name + ", only " + finished.get()
                        + " ran within 5 s of being free to finish: tasks were lost (a pool that silently discards tasks, like "
                        + "DiscardPolicy, hides overload instead of pushing back)");
            }
        }

        private boolean awaitTermination() {
            try {
                return pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void assertWorkersEnded(String how) {
            for (Thread worker : workers) {
                try {
                    worker.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (worker.isAlive()) {
                    fail("the pool thread \"" + worker.getName() + "\" of " + name + " was still alive 2 s after the "
                            + "pool terminated following " + how);
                }
            }
        }

        private static String tasks(int count) {
            return count == 1 ? "1 task" : count + " tasks";
        }

        private static String queuedNote(int queued) {
            return queued == 0 ? " and none had been queued" : " and " + queued + " had been queued";
        }

        private static boolean await(BooleanSupplier condition, long millis) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
                pause(1);
            }
            return true;
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
