package exercise4;

import java.util.Objects;

/** Broken on purpose: exact and checks its arguments, but ignores {@code threads} entirely. */
public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        long sum = 0;
        for (long v : values) {
            sum += v * v;
        }
        return sum;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0 || threads < 1) {
            throw new IllegalArgumentException("n must be >= 0 and threads >= 1");
        }
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i * i;
        }
        return sum;
    }
}
