package exercise4;

/** Hostile on purpose: the class's static initialiser never ends, so no call ever starts. */
public final class ParallelSum {

    private static final long SEED = spin();

    private ParallelSum() {
    }

    private static long spin() {
        long x = 1;
        while (x != 0) {
            x = x * 6364136223846793005L + 1442695040888963407L | 1;
        }
        return x;
    }

    public static long sumOfSquares(long[] values, int threads) {
        long sum = SEED;
        for (long v : values) {
            sum += v * v;
        }
        return sum;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        long sum = SEED;
        for (long i = 0; i < n; i++) {
            sum += i * i;
        }
        return sum;
    }
}
