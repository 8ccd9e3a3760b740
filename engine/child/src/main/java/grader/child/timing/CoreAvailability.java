package grader.child.timing;

import java.util.concurrent.CountDownLatch;

/**
 * Measures how many cores this JVM can really use right now, independently of the submission:
 * the grader's own fixed burst of arithmetic, run on {@code threads} fresh threads at once, against
 * the best time one thread took for the same burst. On an idle machine the answer is about
 * {@code threads}; with another process burning a core it drops, and a trial measured then is not
 * a fair trial of the submission.
 *
 * <p>Used by the probe's thread only; not thread-safe.
 */
final class CoreAvailability {

    private static final long BURST_ITERATIONS = 4_000_000;
    private static final int CALIBRATION_BURSTS = 7;

    private long soloNanos = Long.MAX_VALUE;
    private volatile long sink;

    /** The best of several one-thread bursts: the time of a burst that nothing disturbed. */
    void calibrate() {
        for (int i = 0; i < CALIBRATION_BURSTS; i++) {
            long start = System.nanoTime();
            sink += burst(i);
            soloNanos = Math.min(soloNanos, System.nanoTime() - start);
        }
    }

    /** Cores available to {@code threads} threads now: threads × solo time / time of all at once. */
    double measure(int threads) {
        CountDownLatch go = new CountDownLatch(1);
        Thread[] burners = new Thread[threads];
        long[] results = new long[threads];
        for (int i = 0; i < threads; i++) {
            int index = i;
            burners[i] = new Thread(() -> {
                awaitQuietly(go);
                results[index] = burst(index);
            }, "grader-core-probe-" + i);
            burners[i].start();
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread burner : burners) {
            joinQuietly(burner);
        }
        long together = System.nanoTime() - start;
        for (long result : results) {
            sink += result;
        }
        return Math.min(threads, (double) threads * soloNanos / together);
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
