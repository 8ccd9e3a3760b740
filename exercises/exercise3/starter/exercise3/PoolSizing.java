package exercise3;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How many threads a pool should have for a kind of work, and pools built to that size.
 *
 * <p>This starter compiles but is not right: its sizes are constants picked for one imaginary
 * machine, it checks no argument, and its pools grow without bound. See the exercise's README for
 * what to do; the TODO comments below point at the places to change. You may add private methods,
 * nested classes or other classes in package {@code exercise3}, but keep the public API below
 * exactly as it is.
 */
public final class PoolSizing {

    private PoolSizing() {
    }

    /** The number of threads for CPU-bound work on this JVM's processors. */
    public static int cpuBoundThreads() {
        // TODO: not every machine has 4 processors. Ask the JVM how many it may use.
        return 4;
    }

    /**
     * The number of threads that keeps this JVM's processors busy to {@code targetUtilization} when
     * each task waits {@code waitMillis} (for I/O) and computes {@code computeMillis}:
     * {@code Ncpu × U × (1 + W/C)}, rounded up, at least 1.
     *
     * @throws IllegalArgumentException if {@code waitMillis < 0}, {@code computeMillis <= 0}, either
     *         is infinite, {@code targetUtilization} is outside (0, 1], or any argument is NaN
     */
    public static int ioBoundThreads(double waitMillis, double computeMillis, double targetUtilization) {
        // TODO: check the arguments first (mind NaN: every comparison with it is false).
        // TODO: compute the formula with this JVM's processors and round the result up.
        return 100;
    }

    /**
     * A new pool of {@link #cpuBoundThreads()} threads with a bounded work queue; when every thread
     * is busy and the queue is full, the thread that submits a task runs it itself.
     */
    public static ExecutorService cpuBoundPool() {
        // TODO: a cached pool starts a new thread whenever all are busy, without limit. Build a pool
        //       with exactly cpuBoundThreads() threads, a bounded queue and caller-runs backpressure.
        return Executors.newCachedThreadPool();
    }

    /**
     * A new pool of {@code ioBoundThreads(waitMillis, computeMillis, 1.0)} threads with a bounded
     * work queue; when every thread is busy and the queue is full, the thread that submits a task
     * runs it itself.
     *
     * @throws IllegalArgumentException for the arguments {@link #ioBoundThreads} rejects
     */
    public static ExecutorService ioBoundPool(double waitMillis, double computeMillis) {
        // TODO: the same kind of pool as cpuBoundPool(), sized for tasks that mostly wait.
        return Executors.newCachedThreadPool();
    }
}
