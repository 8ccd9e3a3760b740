package exercise3;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many threads a pool should have for a kind of work, and pools built to that size.
 *
 * <p><b>CPU-bound work</b> keeps a processor busy the whole time it runs, so more threads than
 * processors only take turns and add switching costs: one thread per processor is the size. The
 * processors are those this JVM may use, {@link Runtime#availableProcessors()}, which already
 * honours a container's CPU quota and {@code -XX:ActiveProcessorCount}; it is asked on every call,
 * never cached, because it may change while the JVM runs.
 *
 * <p><b>Work that waits</b> (for a disk, a database, the network) leaves its processor idle while
 * it waits. A task that waits {@code W} ms for every {@code C} ms it computes uses a processor
 * only {@code C / (W + C)} of the time, so {@code 1 + W/C} such threads fill one processor. To keep
 * {@code Ncpu} processors busy to a fraction {@code U}:
 * <pre>   threads = Ncpu × U × (1 + W/C)</pre>
 * rounded up, since a fraction of a thread cannot run and rounding down would leave the processors
 * short of the target.
 *
 * <p><b>The pools.</b> Both pools are {@link ThreadPoolExecutor}s with exactly that many threads
 * (core size = maximum size) and a bounded {@link ArrayBlockingQueue} in front of them. When every
 * thread is busy and the queue is full, {@link ThreadPoolExecutor.CallerRunsPolicy} makes the
 * thread that calls {@code execute} run the task itself. That is backpressure: the submitter is
 * slowed down to the pool's pace, instead of the queue growing without bound (and memory with it),
 * the pool growing without bound (and the threads with it), or the task being rejected.
 *
 * <p><b>Ownership and shutdown.</b> Every call to {@link #cpuBoundPool()} or
 * {@link #ioBoundPool(double, double)} creates a new pool that belongs to its caller. Its threads
 * are created on demand, one per submitted task until the pool is full, and live until the owner
 * shuts the pool down. They are not daemon threads, so a pool that is never shut down keeps the JVM
 * alive. {@link ExecutorService#shutdown()} lets the running and queued tasks finish and then ends
 * the threads; {@link ExecutorService#shutdownNow()} interrupts the running tasks and hands back
 * the queued ones. Note that once a pool is shut down, CallerRunsPolicy silently discards any task
 * still submitted to it.
 *
 * <p><b>Thread safety.</b> The class has no mutable state except a counter used to number pools in
 * thread names; its methods may be called from any thread. The pools it returns are thread-safe,
 * as every {@link ExecutorService} is.
 */
public final class PoolSizing {

    /** Queue slots per pool thread: enough to absorb a burst, small enough to push back early. */
    static final int QUEUED_TASKS_PER_THREAD = 4;

    /** The largest queue any pool gets, however many threads it has. */
    static final int MAX_QUEUED_TASKS = 1_000;

    /** Numbers the pools, so that a thread's name tells which pool it belongs to. */
    private static final AtomicInteger POOLS_CREATED = new AtomicInteger();

    private PoolSizing() {
    }

    /** The number of threads for CPU-bound work: one per processor this JVM may use. */
    public static int cpuBoundThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The number of threads that keeps this JVM's processors busy to {@code targetUtilization}
     * when each task waits {@code waitMillis} and computes {@code computeMillis}:
     * {@code Ncpu × U × (1 + W/C)}, rounded up, and at least 1.
     *
     * @throws IllegalArgumentException if {@code waitMillis} is negative, {@code computeMillis} is
     *         not positive, either is infinite, {@code targetUtilization} is outside (0, 1], or
     *         any argument is NaN
     */
    public static int ioBoundThreads(double waitMillis, double computeMillis, double targetUtilization) {
        // Written so that NaN fails every check: any comparison with NaN is false.
        if (!(waitMillis >= 0 && waitMillis < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("waitMillis must be finite and at least 0, was " + waitMillis);
        }
        if (!(computeMillis > 0 && computeMillis < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("computeMillis must be finite and above 0, was " + computeMillis);
        }
        if (!(targetUtilization > 0 && targetUtilization <= 1)) {
            throw new IllegalArgumentException("targetUtilization must be in (0, 1], was " + targetUtilization);
        }
        double threads = Math.ceil(cpuBoundThreads() * targetUtilization * (1 + waitMillis / computeMillis));
        // A product too large for an int becomes Integer.MAX_VALUE: Java's cast saturates.
        return Math.max(1, (int) threads);
    }

    /**
     * A new pool of {@link #cpuBoundThreads()} threads with a bounded queue, in which a saturated
     * pool makes the submitting thread run the task. The caller owns the pool and shuts it down.
     */
    public static ExecutorService cpuBoundPool() {
        return boundedPool(cpuBoundThreads(), "cpu");
    }

    /**
     * A new pool of {@code ioBoundThreads(waitMillis, computeMillis, 1.0)} threads, for tasks that
     * wait {@code waitMillis} and compute {@code computeMillis}, with a bounded queue, in which a
     * saturated pool makes the submitting thread run the task. The caller owns the pool and shuts it
     * down.
     *
     * @throws IllegalArgumentException for the arguments {@link #ioBoundThreads} rejects
     */
    public static ExecutorService ioBoundPool(double waitMillis, double computeMillis) {
        return boundedPool(ioBoundThreads(waitMillis, computeMillis, 1.0), "io");
    }

    /**
     * A fixed-size pool: {@code threads} threads, a queue of at most {@link #MAX_QUEUED_TASKS}
     * tasks, and caller-runs backpressure.
     */
    private static ExecutorService boundedPool(int threads, String kind) {
        int capacity = (int) Math.min((long) threads * QUEUED_TASKS_PER_THREAD, MAX_QUEUED_TASKS);
        return new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity), namedThreads(kind),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Names the threads {@code <kind>-pool-<n>-thread-<m>}, so that thread dumps say whose they are. */
    private static ThreadFactory namedThreads(String kind) {
        String prefix = kind + "-pool-" + POOLS_CREATED.incrementAndGet() + "-thread-";
        AtomicInteger threadsCreated = new AtomicInteger();
        return task -> new Thread(task, prefix + threadsCreated.incrementAndGet());
    }
}
