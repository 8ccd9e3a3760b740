package grader.child.timing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;

/**
 * Measures how many cores this JVM can really use right now, independently of the submission:
 * the grader's own fixed burst of arithmetic, run on {@code threads} fresh threads at once, against
 * the best time one thread took for the same burst. On an idle machine the answer is about
 * {@code threads}; with another process burning a core it drops, and a trial measured then is not
 * a fair trial of the submission.
 *
 * <p>The same bursts, timed by the burning threads' own CPU clocks, are the grader's parallel
 * reference workload: {@code threads} × the solo burst's CPU time over the slowest burner's CPU
 * time. That figure does not drop when another process takes a core (a waiting thread uses no CPU
 * time), but it does where the cores themselves slow each other down (two vCPUs that are
 * hyperthreads of one core, a shared cache or memory bus), and a submission's threads slow down
 * just as much there, so the speedup bar is scaled by it.
 *
 * <p>Used by the probe's thread only; not thread-safe.
 */
final class CoreAvailability {

    private static final long BURST_ITERATIONS = 4_000_000;
    private static final int CALIBRATION_BURSTS = 7;

    private final ThreadMXBean clocks = ManagementFactory.getThreadMXBean();
    private long soloNanos = Long.MAX_VALUE;
    private long soloCpuNanos = Long.MAX_VALUE;
    private volatile long sink;

    /** What one measurement found: the cores free now, and the reference workload's CPU-clock speedup. */
    record Reading(double coresAvailable, double referenceSpeedup) {
        /** For a trial that needs no probe of the cores. */
        static final Reading NOT_MEASURED = new Reading(Double.NaN, Double.NaN);
    }

    /** The best of several one-thread bursts: the time of a burst that nothing disturbed. */
    void calibrate() {
        for (int i = 0; i < CALIBRATION_BURSTS; i++) {
            long start = System.nanoTime();
            long cpuStart = clocks.getCurrentThreadCpuTime();
            sink += burst(i);
            soloCpuNanos = Math.min(soloCpuNanos, clocks.getCurrentThreadCpuTime() - cpuStart);
            soloNanos = Math.min(soloNanos, System.nanoTime() - start);
        }
    }

    /**
     * Cores available to {@code threads} threads now (threads × solo time / time of all at once),
     * and the speedup of the same bursts by the burners' own CPU clocks.
     */
    Reading measure(int threads) {
        CountDownLatch go = new CountDownLatch(1);
        Thread[] burners = new Thread[threads];
        long[] results = new long[threads];
        long[] cpuNanos = new long[threads];
        for (int i = 0; i < threads; i++) {
            int index = i;
            burners[i] = new Thread(() -> {
                awaitQuietly(go);
                long cpuStart = clocks.getCurrentThreadCpuTime();
                results[index] = burst(index);
                cpuNanos[index] = clocks.getCurrentThreadCpuTime() - cpuStart;
            }, "grader-core-probe-" + i);
            burners[i].start();
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread burner : burners) {
            joinQuietly(burner);
        }
        long together = System.nanoTime() - start;
        long slowestCpu = 0;
        for (int i = 0; i < threads; i++) {
            sink += results[i];
            slowestCpu = Math.max(slowestCpu, cpuNanos[i]);
        }
        return new Reading(Math.min(threads, (double) threads * soloNanos / together),
                Math.min(threads, (double) threads * soloCpuNanos / slowestCpu));
    }

    private static long burst(long seed) {
        long x = seed + 0x9E3779B97F4A7C15L;
        for (long i = 0; i < BURST_ITERATIONS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
