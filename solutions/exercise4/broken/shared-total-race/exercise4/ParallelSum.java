package exercise4;

import java.util.Objects;

/**
 * Broken on purpose: every thread adds its squares straight into one shared, unsynchronised
 * {@code long} field. {@code total += x} is a read, an add and a write; two threads doing it at
 * once lose updates, and the JIT may even keep the field in a register for a whole range.
 */
public final class ParallelSum {

    private static long total;

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        checkThreads(threads);
        total = 0;
        Thread[] workers = new Thread[threads];
        int n = values.length;
        for (int k = 0; k < threads; k++) {
            int from = (int) ((long) n * k / threads);
            int to = (int) ((long) n * (k + 1) / threads);
            workers[k] = new Thread(() -> {
                for (int i = from; i < to; i++) {
                    total += values[i] * values[i];
                }
            });
            workers[k].start();
        }
        joinAll(workers);
        return total;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        checkThreads(threads);
        total = 0;
        Thread[] workers = new Thread[threads];
        for (int k = 0; k < threads; k++) {
            long from = n / threads * k + Math.min(k, n % threads);
            long to = n / threads * (k + 1) + Math.min(k + 1, n % threads);
            workers[k] = new Thread(() -> {
                for (long i = from; i < to; i++) {
                    total += i * i;
                }
            });
            workers[k].start();
        }
        joinAll(workers);
        return total;
    }

    private static void joinAll(Thread[] workers) {
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
