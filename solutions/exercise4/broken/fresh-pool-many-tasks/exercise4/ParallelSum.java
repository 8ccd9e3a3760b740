package exercise4;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Broken on purpose: exact, but every call, whatever its input, starts a fresh pool of eight
 * threads per thread asked for and cuts the input into 64 tasks. Eight times too many threads
 * run at once, and for a small array starting them costs far more than the sum.
 */
public final class ParallelSum {

    private static final int THREADS_PER_THREAD = 8;

    private static final int TASKS = 64;

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
        ExecutorService pool = Executors.newFixedThreadPool(THREADS_PER_THREAD * threads);
        try {
            List<Future<Long>> parts = new ArrayList<>(TASKS);
            for (int k = 0; k < TASKS; k++) {
                long from = size / TASKS * k + Math.min(k, size % TASKS);
                long to = size / TASKS * (k + 1) + Math.min(k + 1, size % TASKS);
                parts.add(pool.submit(() -> rangeSum.sum(from, to)));
            }
            long total = 0;
            for (Future<Long> part : parts) {
                total += part.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while summing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
