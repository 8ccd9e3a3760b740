package exercise4;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Broken on purpose: exact, but every call, however small its input, starts a new pool of
 * {@code threads} threads and hands each a share of the work. For an array of a few hundred
 * values, starting the threads costs hundreds of times more than the sum itself.
 */
public final class ParallelSum {

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
            throw new IllegalArgumentException("n must not be negative");
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
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                long from = size / threads * k + Math.min(k, size % threads);
                long to = size / threads * (k + 1) + Math.min(k + 1, size % threads);
                parts.add(pool.submit(() -> rangeSum.sum(from, to)));
            }
            long total = 0;
            for (Future<Long> part : parts) {
                total += part.get();
            }
            return total;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
