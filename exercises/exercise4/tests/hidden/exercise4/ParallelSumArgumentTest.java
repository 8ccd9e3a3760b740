package exercise4;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.LongSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests: both methods reject the arguments the contract rules out, whatever the input. */
class ParallelSumArgumentTest {

    private static final int[] TOO_FEW_THREADS = {0, -1, Integer.MIN_VALUE};

    @Test
    @DisplayName("sumOfSquares rejects fewer than 1 thread, even for an empty array")
    void sumOfSquaresRejectsTooFewThreads() {
        for (int threads : TOO_FEW_THREADS) {
            assertRejected(IllegalArgumentException.class,
                    "sumOfSquares([1, 2, 3], " + threads + " threads)", "threads must be at least 1",
                    () -> ParallelSum.sumOfSquares(new long[] {1, 2, 3}, threads));
            assertRejected(IllegalArgumentException.class,
                    "sumOfSquares(empty array, " + threads + " threads)", "threads must be at least 1",
                    () -> ParallelSum.sumOfSquares(new long[0], threads));
        }
        assertRejected(IllegalArgumentException.class,
                "sumOfSquares(array of 2,000,000 values, 0 threads)", "threads must be at least 1",
                () -> ParallelSum.sumOfSquares(new long[2_000_000], 0));
    }

    @Test
    @DisplayName("sumOfSquaresBelow rejects fewer than 1 thread, even for n = 0")
    void sumOfSquaresBelowRejectsTooFewThreads() {
        for (int threads : TOO_FEW_THREADS) {
            assertRejected(IllegalArgumentException.class,
                    "sumOfSquaresBelow(10, " + threads + " threads)", "threads must be at least 1",
                    () -> ParallelSum.sumOfSquaresBelow(10, threads));
            assertRejected(IllegalArgumentException.class,
                    "sumOfSquaresBelow(0, " + threads + " threads)", "threads must be at least 1",
                    () -> ParallelSum.sumOfSquaresBelow(0, threads));
        }
        assertRejected(IllegalArgumentException.class,
                "sumOfSquaresBelow(2000000, 0 threads)", "threads must be at least 1",
                () -> ParallelSum.sumOfSquaresBelow(2_000_000, 0));
    }

    @Test
    @DisplayName("sumOfSquaresBelow rejects a negative n")
    void sumOfSquaresBelowRejectsNegativeN() {
        for (long n : new long[] {-1, -1_000_000, Long.MIN_VALUE}) {
            for (int threads : new int[] {1, 4}) {
                assertRejected(IllegalArgumentException.class,
                        "sumOfSquaresBelow(" + n + ", " + threads(threads) + ")", "n must not be negative",
                        () -> ParallelSum.sumOfSquaresBelow(n, threads));
            }
        }
    }

    @Test
    @DisplayName("sumOfSquares rejects a null array")
    void sumOfSquaresRejectsNull() {
        for (int threads : new int[] {1, 4}) {
            assertRejected(NullPointerException.class,
                    "sumOfSquares(null, " + threads + " threads)", "there is no array to sum",
                    () -> ParallelSum.sumOfSquares(null, threads));
        }
    }

    private static String threads(int threads) {
        return threads == 1 ? "1 thread" : threads + " threads";
    }

    /** Fails unless {@code call} throws {@code expected}, saying what happened instead. */
    private static void assertRejected(Class<? extends RuntimeException> expected, String description,
            String reason, LongSupplier call) {
        long result;
        try {
            result = call.getAsLong();
        } catch (RuntimeException thrown) {
            if (expected.isInstance(thrown)) {
                return;
            }
            fail(description + " threw " + thrown + " but should throw "
                    + expected.getSimpleName() + ": " + reason, thrown);
            return;
        }
        fail(description + " returned " + result + " but should throw "
                + expected.getSimpleName() + ": " + reason);
    }
}
