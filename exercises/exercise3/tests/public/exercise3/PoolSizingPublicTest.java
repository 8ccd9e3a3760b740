package exercise3;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests: a first check of the sizes and of caller-runs backpressure. The hidden tests go
 * much further: a table of sizes with fractions to round up, every invalid argument, both pools'
 * exact thread counts, thread reuse, shutdown, and JVMs started with 3 and with 5 processors.
 */
class PoolSizingPublicTest {

    @Test
    @DisplayName("cpuBoundThreads() is the number of processors this JVM may use")
    void cpuBoundThreadsMatchesProcessors() {
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = PoolSizing.cpuBoundThreads();
        if (threads != processors) {
            fail("cpuBoundThreads() returned " + threads + ", but this JVM has " + processors + " processors "
                    + "(Runtime.getRuntime().availableProcessors()) and CPU-bound work wants one thread per processor");
        }
    }

    @Test
    @DisplayName("ioBoundThreads for waits that make the numbers come out whole")
    void ioBoundThreadsSimpleCases() {
        int n = Runtime.getRuntime().availableProcessors();
        checkIoBound(n, 0, 10, 1.0, n + " × 1.0 × (1 + 0/10) = " + n + ": a task that never waits is CPU-bound");
        checkIoBound(2 * n, 10, 10, 1.0, n + " × 1.0 × (1 + 10/10) = " + 2 * n
                + ": a task that waits as long as it computes leaves its processor idle half the time");
        checkIoBound(2 * n, 30, 10, 0.5, n + " × 0.5 × (1 + 30/10) = " + 2 * n);
    }

    @Test
    @DisplayName("ioBoundThreads rejects a negative wait time")
    void negativeWaitRejected() {
        int result;
        try {
            result = PoolSizing.ioBoundThreads(-1, 10, 1.0);
        } catch (IllegalArgumentException expected) {
            return;
        }
        fail("ioBoundThreads(-1, 10, 1.0) returned " + result
                + " but should throw IllegalArgumentException: a wait time cannot be negative");
    }

    /**
     * Blocks every thread of cpuBoundPool() on a gate, then submits more tasks from a helper thread
     * until one of them runs on that helper thread itself. Tasks that run on the submitting thread
     * return at once; the others wait for the gate, which opens at the end.
     */
    @Test
    @DisplayName("a saturated cpuBoundPool() makes the submitting thread run the task")
    void cpuPoolRunsTaskOnSubmitterWhenSaturated() throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = PoolSizing.cpuBoundPool();
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger ranOnSubmitter = new AtomicInteger();
        AtomicInteger submittedBeforeSubmitterRan = new AtomicInteger(-1);
        AtomicInteger rejected = new AtomicInteger();
        try {
            Thread testThread = Thread.currentThread();
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    if (Thread.currentThread() != testThread) {
                        running.incrementAndGet();
                        awaitQuietly(gate);
                    }
                });
            }
            if (!eventually(() -> running.get() == threads)) {
                fail("cpuBoundPool() started only " + running.get() + " of " + threads + " tasks within 2 s; it "
                        + "should run one per processor at once");
            }
            Thread submitter = new Thread(() -> {
                for (int extra = 1; extra <= 1_001; extra++) {
                    Thread self = Thread.currentThread();
                    try {
                        pool.execute(() -> {
                            if (Thread.currentThread() == self) {
                                ranOnSubmitter.incrementAndGet();
                            } else {
                                running.incrementAndGet();
                                awaitQuietly(gate);
                            }
                        });
                    } catch (RejectedExecutionException e) {
                        rejected.set(extra);
                        return;
                    }
                    if (ranOnSubmitter.get() > 0) {
                        submittedBeforeSubmitterRan.set(extra - 1);
                        return;
                    }
                    if (running.get() > threads) {
                        return;
                    }
                }
            }, "test submitter");
            submitter.setDaemon(true);
            submitter.start();
            submitter.join(5_000);
            if (submitter.isAlive()) {
                fail("the submitting thread was blocked inside execute() for 5 s once all " + threads + " threads "
                        + "were busy: it should run the task itself (ThreadPoolExecutor.CallerRunsPolicy), not wait");
            }
            if (rejected.get() > 0) {
                fail("cpuBoundPool() threw RejectedExecutionException once all " + threads + " threads were busy "
                        + "and its queue was full: it should make the submitting thread run the task instead "
                        + "(ThreadPoolExecutor.CallerRunsPolicy)");
            }
            for (int i = 0; i < 50 && running.get() <= threads; i++) {
                Thread.sleep(10); // give a pool that wrongly adds threads the time to start them
            }
            if (running.get() > threads) {
                fail("cpuBoundPool() ran " + running.get() + " tasks at once after its queue filled up, but it should "
                        + "have only " + threads + " threads: a saturated pool should make the submitting thread run "
                        + "the task, not add threads");
            }
            if (submittedBeforeSubmitterRan.get() < 0) {
                fail("with all " + threads + " threads of cpuBoundPool() busy, 1001 more tasks were accepted and "
                        + "none ran on the submitting thread: the pool's queue is unbounded (or holds more than "
                        + "1000 tasks)");
            }
        } finally {
            gate.countDown();
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void checkIoBound(int expected, double wait, double compute, double utilization, String why) {
        int actual = PoolSizing.ioBoundThreads(wait, compute, utilization);
        if (actual != expected) {
            fail("ioBoundThreads(" + (long) wait + ", " + (long) compute + ", " + utilization + ") returned " + actual
                    + " but on this JVM " + why);
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
