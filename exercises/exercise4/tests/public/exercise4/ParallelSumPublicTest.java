package exercise4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests: a first check of both methods on inputs small enough to work out by hand. The
 * hidden tests go much further (large inputs, overflow, many threads, every argument check), and
 * the speedup is measured separately; passing these is a start, not a grade.
 */
class ParallelSumPublicTest {

    @Test
    @DisplayName("small arrays, with 1 and with 2 threads")
    void smallArrays() {
        long[] values = {1, 2, 3};
        for (int threads = 1; threads <= 2; threads++) {
            long actual = ParallelSum.sumOfSquares(values, threads);
            int t = threads;
            assertEquals(14, actual, () -> "sumOfSquares([1, 2, 3], " + t
                    + " thread(s)) returned " + actual + " but 1*1 + 2*2 + 3*3 is 14");
        }
        long actual = ParallelSum.sumOfSquares(new long[] {-4, 0, 5}, 2);
        assertEquals(41, actual, () -> "sumOfSquares([-4, 0, 5], 2 threads) returned " + actual
                + " but (-4)*(-4) + 0*0 + 5*5 is 41");
    }

    @Test
    @DisplayName("sumOfSquaresBelow for small n")
    void smallN() {
        long four = ParallelSum.sumOfSquaresBelow(4, 2);
        assertEquals(14, four, () -> "sumOfSquaresBelow(4, 2 threads) returned " + four
                + " but 0*0 + 1*1 + 2*2 + 3*3 is 14");
        long none = ParallelSum.sumOfSquaresBelow(0, 2);
        assertEquals(0, none, () -> "sumOfSquaresBelow(0, 2 threads) returned " + none
                + " but there is nothing to add, so the sum is 0");
    }

    @Test
    @DisplayName("0 threads is rejected with IllegalArgumentException")
    void zeroThreadsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ParallelSum.sumOfSquares(new long[] {1, 2, 3}, 0),
                "sumOfSquares([1, 2, 3], 0 threads) must throw IllegalArgumentException: "
                        + "threads must be at least 1");
    }
}
