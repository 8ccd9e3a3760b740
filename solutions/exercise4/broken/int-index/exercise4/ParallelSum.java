package exercise4;

import java.util.Objects;

/**
 * Broken on purpose: the plain-threads solution, except that sumOfSquaresBelow counts with the same
 * int loop as sumOfSquares. Exact up to n = Integer.MAX_VALUE; beyond it, (int) to wraps to a
 * negative number and the range that holds the largest numbers silently sums nothing.
 */
public final class ParallelSum {

    private static final long MIN_PER_THREAD = 1 << 18;

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        checkThreads(threads);
        return sum(values.length, threads, (from, to) -> {
            long sum = 0;
            for (int i = (int) from; i < (int) to; i++) {
                sum += values[i] * values[i];
            }
            return sum;
        });
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        checkThreads(threads);
        return sum(n, threads, (from, to) -> {
            long sum = 0;
            for (int i = (int) from; i < (int) to; i++) {
                sum += (long) i * i;
            }
            return sum;
        });
    }

    private interface RangeSum {
        long sum(long from, long to);
    }

    private static long sum(long size, int threads, RangeSum rangeSum) {
        int parts = (int) Math.min(threads, Math.max(1, size / MIN_PER_THREAD));
        long[] partial = new long[parts];
        Thread[] workers = new Thread[parts - 1];
        for (int k = 0; k < parts - 1; k++) {
            int slot = k;
            long from = rangeStart(size, parts, k);
            long to = rangeStart(size, parts, k + 1);
            workers[k] = new Thread(() -> partial[slot] = rangeSum.sum(from, to));
            workers[k].start();
        }
        long total = rangeSum.sum(rangeStart(size, parts, parts - 1), size);
        for (int k = 0; k < parts - 1; k++) {
            joinUninterruptibly(workers[k]);
            total += partial[k];
        }
        return total;
    }

    /** Start of range k of parts near-equal ranges over [0, size); written so it cannot overflow. */
    private static long rangeStart(long size, int parts, int k) {
        return size / parts * k + Math.min(k, size % parts);
    }

    private static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
