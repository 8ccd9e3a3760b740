package exercise4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

/**
 * Broken on purpose: the parallel path is right, and small inputs do take a sequential path, but
 * that path boxes every square into a {@code Long} and reduces a {@code Stream<Long>}: an object
 * allocated per value and a pipeline per call, many times slower than a plain loop.
 */
public final class ParallelSum {

    private static final long MIN_PER_THREAD = 1 << 18;

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        checkThreads(threads);
        if (workers(values.length, threads) == 1) {
            return Arrays.stream(values).boxed().map(v -> v * v).reduce(0L, Long::sum);
        }
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
        if (workers(n, threads) == 1) {
            return LongStream.range(0, n).boxed().map(i -> i * i).reduce(0L, Long::sum);
        }
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

    private static int workers(long size, int threads) {
        return (int) Math.min(threads, Math.max(1, size / MIN_PER_THREAD));
    }

    private static long sum(long size, int threads, RangeSum rangeSum) {
        int workers = workers(size, threads);
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

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
