package exercise3;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Broken on purpose: the formula leaves out the target utilization, sizing every pool for
 * 100% use of the processors. (The arguments are still checked.)
 */
public final class PoolSizing {

    private PoolSizing() {
    }

    public static int cpuBoundThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static int ioBoundThreads(double waitMillis, double computeMillis, double targetUtilization) {
        if (!(waitMillis >= 0 && waitMillis < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("waitMillis must be finite and at least 0, was " + waitMillis);
        }
        if (!(computeMillis > 0 && computeMillis < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("computeMillis must be finite and above 0, was " + computeMillis);
        }
        if (!(targetUtilization > 0 && targetUtilization <= 1)) {
            throw new IllegalArgumentException("targetUtilization must be in (0, 1], was " + targetUtilization);
        }
        double threads = cpuBoundThreads() * (1 + waitMillis / computeMillis);
        return Math.max(1, (int) Math.ceil(threads));
    }

    public static ExecutorService cpuBoundPool() {
        return pool(cpuBoundThreads());
    }

    public static ExecutorService ioBoundPool(double waitMillis, double computeMillis) {
        return pool(ioBoundThreads(waitMillis, computeMillis, 1.0));
    }

    private static ExecutorService pool(int threads) {
        return new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.min(4 * threads, 1_000)), new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
