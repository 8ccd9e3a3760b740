package exercise3;

import java.util.concurrent.ExecutorService;

/** Hostile on purpose: every method loops for ever, so every test waits for a call that never returns. */
public final class PoolSizing {

    private PoolSizing() {
    }

    public static int cpuBoundThreads() {
        return spin();
    }

    public static int ioBoundThreads(double waitMillis, double computeMillis, double targetUtilization) {
        return spin();
    }

    public static ExecutorService cpuBoundPool() {
        spin();
        return null;
    }

    public static ExecutorService ioBoundPool(double waitMillis, double computeMillis) {
        spin();
        return null;
    }

    private static int spin() {
        int x = 1;
        while (x != 0) {
            x = x * 31 + 7 | 1;
        }
        return x;
    }
}
