package exercise4;

import java.util.Objects;

/**
 * Broken on purpose: the plain-threads solution, except that each worker is joined right after it
 * is started, before the next one starts. Exact, and never more than one thread at a time, but
 * the ranges are summed one after another: no faster than a single loop.
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
            for (long i = from; i < to; i++) {
                sum += i * i;
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
            joinUninterruptibly(workers[k]);
        }
        long total = rangeSum.sum(rangeStart(size, parts, parts - 1), size);
        for (int k = 0; k < parts - 1; k++) {
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
