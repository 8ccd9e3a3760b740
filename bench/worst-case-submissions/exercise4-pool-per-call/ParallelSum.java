package exercise4;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Exact but wasteful on purpose: every call, however small, starts a fresh pool of 8 x threads
 * threads and splits the input into 64 tasks.
 */
public final class ParallelSum {

    private static final int TASKS = 64;

    private ParallelSum() {
    }

    private interface RangeSum {
        long sum(long from, long to);
    }

    public static long sumOfSquares(long[] values, int threads) {
        if (values == null) {
            throw new NullPointerException("values");
        }
        check(threads);
        return split(values.length, threads, (from, to) -> {
            long sum = 0;
            for (int i = (int) from; i < to; i++) {
                sum += values[i] * values[i];
            }
            return sum;
        });
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        check(threads);
        return split(n, threads, (from, to) -> {
            long sum = 0;
            for (long i = from; i < to; i++) {
                sum += i * i;
            }
            return sum;
        });
    }

    private static long split(long size, int threads, RangeSum rangeSum) {
        ExecutorService pool = Executors.newFixedThreadPool(8 * threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int k = 0; k < TASKS; k++) {
                long from = size * k / TASKS;
                long to = size * (k + 1) / TASKS;
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

    private static void check(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
    }
}
