package exercise3;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Correct, in another style: a {@link LinkedBlockingQueue} with a fixed capacity (a capacity is
 * what makes it bounded), and a rejection handler written by hand that does what CallerRunsPolicy
 * does. The pool's threads are started up front. The I/O formula uses the blocking coefficient
 * {@code B = W / (W + C)}: {@code Ncpu × U / (1 - B)}, which is the same number.
 */
public final class PoolSizing {

    private static final int QUEUE_CAPACITY = 64;

    /** Runs a task the pool cannot take on the thread that submitted it, unless the pool is shut down. */
    private static final RejectedExecutionHandler RUN_ON_SUBMITTER = (task, pool) -> {
        if (!pool.isShutdown()) {
            task.run();
        }
    };

    private PoolSizing() {
    }

    public static int cpuBoundThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static int ioBoundThreads(double waitMillis, double computeMillis, double targetUtilization) {
        if (!Double.isFinite(waitMillis) || waitMillis < 0) {
            throw new IllegalArgumentException("bad waitMillis " + waitMillis);
        }
        if (!Double.isFinite(computeMillis) || computeMillis <= 0) {
            throw new IllegalArgumentException("bad computeMillis " + computeMillis);
        }
        if (!(0 < targetUtilization && targetUtilization <= 1)) {
            throw new IllegalArgumentException("bad targetUtilization " + targetUtilization);
        }
        double blockingCoefficient = waitMillis / (waitMillis + computeMillis);
        double threads = cpuBoundThreads() * targetUtilization / (1 - blockingCoefficient);
        return Math.max(1, (int) Math.ceil(threads));
    }

    public static ExecutorService cpuBoundPool() {
        return boundedPool(cpuBoundThreads());
    }

    public static ExecutorService ioBoundPool(double waitMillis, double computeMillis) {
        return boundedPool(ioBoundThreads(waitMillis, computeMillis, 1.0));
    }

    private static ExecutorService boundedPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(QUEUE_CAPACITY), RUN_ON_SUBMITTER);
        pool.prestartAllCoreThreads();
        return pool;
    }
}
