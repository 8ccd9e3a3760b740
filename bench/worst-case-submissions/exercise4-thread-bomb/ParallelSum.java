package exercise4;

/** Hostile on purpose: every call starts threads that never end, until no thread can start. */
public final class ParallelSum {

    private ParallelSum() {
    }

    private static void bomb() {
        while (true) {
            Thread thread = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        // keep sleeping
                    }
                }
            });
            thread.start();
        }
    }

    public static long sumOfSquares(long[] values, int threads) {
        bomb();
        return 0;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        bomb();
        return 0;
    }
}
