package exercise4;

import static org.junit.jupiter.api.Assertions.fail;

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
        check(14, ParallelSum.sumOfSquares(new long[] {1, 2, 3}, 1),
                "sumOfSquares([1, 2, 3], 1 thread)", "1*1 + 2*2 + 3*3");
        check(14, ParallelSum.sumOfSquares(new long[] {1, 2, 3}, 2),
                "sumOfSquares([1, 2, 3], 2 threads)", "1*1 + 2*2 + 3*3");
        check(41, ParallelSum.sumOfSquares(new long[] {-4, 0, 5}, 2),
                "sumOfSquares([-4, 0, 5], 2 threads)", "(-4)*(-4) + 0*0 + 5*5");
    }

    @Test
    @DisplayName("sumOfSquaresBelow for small n")
    void smallN() {
        check(14, ParallelSum.sumOfSquaresBelow(4, 2),
                "sumOfSquaresBelow(4, 2 threads)", "0*0 + 1*1 + 2*2 + 3*3");
        check(0, ParallelSum.sumOfSquaresBelow(0, 2),
                "sumOfSquaresBelow(0, 2 threads)", "the sum of no squares at all");
    }

    @Test
    @DisplayName("0 threads is rejected with IllegalArgumentException")
    void zeroThreadsRejected() {
        long result;
        try {
            result = ParallelSum.sumOfSquares(new long[] {1, 2, 3}, 0);
        } catch (IllegalArgumentException expected) {
            return;
        }
        fail("sumOfSquares([1, 2, 3], 0 threads) returned " + result
                + " but should throw IllegalArgumentException: threads must be at least 1");
    }

    private static void check(long expected, long actual, String call, String what) {
        if (actual != expected) {
            fail(call + " returned " + actual + " but " + what + " is " + expected);
        }
    }
}
