package exercise4;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Broken on purpose: parallel and exact, but it checks no argument. Fewer than one thread quietly
 * falls back to one, and a negative n quietly sums nothing, where the contract asks for
 * {@code IllegalArgumentException}. (A null array still fails, with the
 * {@code NullPointerException} that reading its length throws.)
 */
public final class ParallelSum {

    private static final long MIN_PER_THREAD = 1 << 18;

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        return sum(values.length, threads, (from, to) -> {
            long sum = 0;
            for (int i = (int) from; i < (int) to; i++) {
                sum += values[i] * values[i];
            }
            return sum;
        });
    }

    public static long sumOfSquaresBelow(long n, int threads) {
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
        int workers = (int) Math.min(threads, Math.max(1, size / MIN_PER_THREAD));
        if (workers <= 1) {
            return rangeSum.sum(0, size);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int k = 0; k < workers; k++) {
                long from = size / workers * k + Math.min(k, size % workers);
                long to = size / workers * (k + 1) + Math.min(k + 1, size % workers);
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
}
