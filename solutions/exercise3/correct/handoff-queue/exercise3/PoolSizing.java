package exercise3;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Correct, in another style: the pools queue nothing at all. A {@link SynchronousQueue} hands a
 * task straight to an idle thread; when none is idle the hand-off fails at once and
 * {@link ThreadPoolExecutor.CallerRunsPolicy} runs the task on the submitting thread. A queue of
 * capacity zero is the strictest bound there is. The formula is evaluated as
 * {@code Ncpu × U × (C + W) / C}.
 */
public final class PoolSizing {

    private PoolSizing() {
    }

    public static int cpuBoundThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static int ioBoundThreads(double waitMillis, double computeMillis, double targetUtilization) {
        if (Double.isNaN(waitMillis) || Double.isNaN(computeMillis) || Double.isNaN(targetUtilization)) {
            throw new IllegalArgumentException("NaN argument");
        }
        if (waitMillis < 0 || Double.isInfinite(waitMillis)) {
            throw new IllegalArgumentException("waitMillis must be finite and >= 0: " + waitMillis);
        }
        if (computeMillis <= 0 || Double.isInfinite(computeMillis)) {
            throw new IllegalArgumentException("computeMillis must be finite and > 0: " + computeMillis);
        }
        if (targetUtilization <= 0 || targetUtilization > 1) {
            throw new IllegalArgumentException("targetUtilization must be in (0, 1]: " + targetUtilization);
        }
        double threads = cpuBoundThreads() * targetUtilization * (computeMillis + waitMillis) / computeMillis;
        return (int) Math.max(1, Math.ceil(threads));
    }

    public static ExecutorService cpuBoundPool() {
        return handOffPool(cpuBoundThreads());
    }

    public static ExecutorService ioBoundPool(double waitMillis, double computeMillis) {
        return handOffPool(ioBoundThreads(waitMillis, computeMillis, 1.0));
    }

    private static ExecutorService handOffPool(int threads) {
        return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
