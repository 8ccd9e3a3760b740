package exercise4;

import java.util.ArrayList;
import java.util.List;

/**
 * Hostile on purpose: keeps every square as a boxed Long in a static list, so each call adds
 * millions of small objects the collector must trace, until the heap is full and stays full.
 */
public final class ParallelSum {

    private static final List<Long> KEPT = new ArrayList<>();

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        long sum = 0;
        for (long v : values) {
            KEPT.add(v * v);
            sum += v * v;
        }
        return sum;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            KEPT.add(i * i);
            sum += i * i;
        }
        return sum;
    }
}
