package exercise4;

/** Hostile on purpose: every call prints hundreds of megabytes before it answers. */
public final class ParallelSum {

    private ParallelSum() {
    }

    private static void flood() {
        String line = "x".repeat(1000);
        for (int i = 0; i < 300_000; i++) {
            System.out.println(line);
        }
    }

    public static long sumOfSquares(long[] values, int threads) {
        flood();
        long sum = 0;
        for (long v : values) {
            sum += v * v;
        }
        return sum;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        flood();
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i * i;
        }
        return sum;
    }
}
