package exercise4;

import java.util.Objects;

/** Hostile on purpose: the argument checks are right, but every sum loops for ever (the index never moves). */
public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        long sum = 0;
        for (int i = 0; i < values.length; i = i + 0) {
            sum += values[i] * values[i];
        }
        return sum;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0 || threads < 1) {
            throw new IllegalArgumentException("bad arguments");
        }
        long sum = 0;
        for (long i = 0; i < n; i = i + 0) {
            sum += i * i;
        }
        return sum;
    }
}
