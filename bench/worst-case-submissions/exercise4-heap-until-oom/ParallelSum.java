package exercise4;

import java.util.ArrayList;
import java.util.List;

/** Hostile on purpose: every call keeps what it allocates, so the heap fills up and stays full. */
public final class ParallelSum {

    private static final List<long[]> KEPT = new ArrayList<>();

    private ParallelSum() {
    }

    private static void hoard() {
        while (true) {
            KEPT.add(new long[1024]);
        }
    }

    public static long sumOfSquares(long[] values, int threads) {
        hoard();
        return 0;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        hoard();
        return 0;
    }
}
