package exercise3;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Broken on purpose: the sizes are right but both pools are Executors.newCachedThreadPool(), which
 * starts a new thread whenever all are busy, without any limit: the computed sizes are ignored.
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
        double threads = cpuBoundThreads() * targetUtilization * (1 + waitMillis / computeMillis);
        return Math.max(1, (int) Math.ceil(threads));
    }

    public static ExecutorService cpuBoundPool() {
        return pool(cpuBoundThreads());
    }

    public static ExecutorService ioBoundPool(double waitMillis, double computeMillis) {
        return pool(ioBoundThreads(waitMillis, computeMillis, 1.0));
    }

    private static ExecutorService pool(int threads) {
        return Executors.newCachedThreadPool();
    }
}
