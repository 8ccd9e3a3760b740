package exercise4;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * Broken on purpose: exact, fast and checks its arguments, but a parallel stream started from an
 * ordinary thread runs in ForkJoinPool.commonPool(), which has a worker per core besides the
 * caller, so {@code threads} is ignored: even with 1 thread asked for, every core computes.
 */
public final class ParallelSum {

    private static final long SEQUENTIAL_CUTOFF = 1 << 18;

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        checkThreads(threads);
        if (values.length <= SEQUENTIAL_CUTOFF) {
            return Arrays.stream(values).map(v -> v * v).sum();
        }
        return Arrays.stream(values).parallel().map(v -> v * v).sum();
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        checkThreads(threads);
        LongStream squares = LongStream.range(0, n).map(i -> i * i);
        return n <= SEQUENTIAL_CUTOFF ? squares.sum() : squares.parallel().sum();
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
