package exercise4;

import java.math.BigInteger;

/** Exact but slow on purpose (after a real student's program): a BigInteger per element, reduced to a wrapping long at the end. */
public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        if (values == null) {
            throw new NullPointerException("values");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
        BigInteger sum = BigInteger.ZERO;
        for (long v : values) {
            sum = sum.add(BigInteger.valueOf(v).multiply(BigInteger.valueOf(v)));
        }
        return sum.longValue();
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
        BigInteger sum = BigInteger.ZERO;
        for (long i = 0; i < n; i++) {
            sum = sum.add(BigInteger.valueOf(i).multiply(BigInteger.valueOf(i)));
        }
        return sum.longValue();
    }
}
