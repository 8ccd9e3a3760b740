package exercise4;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hidden tests: the results of {@link ParallelSum} are exact for every input and every number of
 * threads. Every expected value is either worked out by hand (and explained) or computed by the
 * plain wrapping loops at the bottom of this class.
 */
class ParallelSumExactnessTest {

    /** Values in this range have squares below 2^62, but sums of many of them still wrap. */
    private static final long VALUE_BOUND = 1L << 31;

    private final SplittableRandom random = new SplittableRandom(4);

    @Test
    @DisplayName("an empty array sums to 0")
    void emptyArray() {
        for (int threads : new int[] {1, 2, 16}) {
            assertSumOfSquares(0, new long[0], threads, "an empty array");
        }
    }

    @Test
    @DisplayName("more threads than values")
    void moreThreadsThanValues() {
        assertSumOfSquares(14, new long[] {1, 2, 3}, 64, "1 + 4 + 9");
        assertSumOfSquares(55, new long[] {1, 2, 3, 4, 5}, 8, "1 + 4 + 9 + 16 + 25");
        assertSumOfSquares(81, new long[] {9}, 2, "9 * 9");
        for (int length = 1; length <= 20; length++) {
            long[] values = randomValues(length, VALUE_BOUND);
            assertSumOfSquares(sequentialSumOfSquares(values), values, 32, "the sum of squares");
        }
    }

    @Test
    @DisplayName("negative values square to the same as their absolute values")
    void negativeValues() {
        assertSumOfSquares(14, new long[] {-1, -2, -3}, 1, "1 + 4 + 9");
        assertSumOfSquares(14, new long[] {-1, 2, -3}, 2, "1 + 4 + 9");
        long[] values = randomValues(1_500_001, VALUE_BOUND);
        long[] negated = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] == 0 ? -1 : -Math.abs(values[i]);
            negated[i] = -values[i];
        }
        long expected = sequentialSumOfSquares(negated);
        for (int threads : new int[] {1, 2, 4}) {
            assertSumOfSquares(expected, values, threads,
                    "the sum of squares (the same as for the array with every sign flipped)");
        }
    }

    @Test
    @DisplayName("squares and sums that overflow wrap around like Java's long arithmetic")
    void wrappingOverflow() {
        // (2^63 - 1)^2 = 2^126 - 2^64 + 1, which is 1 modulo 2^64.
        assertSumOfSquares(1, new long[] {Long.MAX_VALUE}, 1, "Long.MAX_VALUE * Long.MAX_VALUE, wrapped");
        // (-2^63)^2 = 2^126 and (2^32)^2 = 2^64, both 0 modulo 2^64.
        assertSumOfSquares(0, new long[] {Long.MIN_VALUE, 1L << 32}, 2, "0 (both squares wrap to 0)");
        // 3,037,000,500^2 = 9,223,372,037,000,250,000, just above Long.MAX_VALUE.
        assertSumOfSquares(-9_223_372_036_709_301_616L, new long[] {3_037_000_500L}, 1,
                "3037000500 * 3037000500, wrapped");
        // 3,037,000,499^2 fits in a long, but twice it does not.
        assertSumOfSquares(-11_857_053_614L, new long[] {3_037_000_499L, 3_037_000_499L}, 2,
                "2 * 3037000499^2, wrapped");
        long[] values = randomValues(2_000_003, 1L << 40);
        long expected = sequentialSumOfSquares(values);
        for (int threads : new int[] {1, 2, 3, 8}) {
            assertSumOfSquares(expected, values, threads, "the wrapped sum of squares");
        }
    }

    @ParameterizedTest(name = "{0} random values, {1} threads")
    @CsvSource({
        "1000, 1", "1000, 2", "65537, 3", "1000003, 3", "2000000, 2",
        "2500000, 1", "3000001, 7", "4194304, 8", "999999, 16"})
    @DisplayName("random arrays of various sizes and thread counts")
    void randomArrays(int length, int threads) {
        long[] values = randomValues(length, VALUE_BOUND);
        assertSumOfSquares(sequentialSumOfSquares(values), values, threads, "the sum of squares");
    }

    /**
     * Many calls with many threads: a solution whose threads add into a shared variable without
     * synchronisation loses updates in some of them. Lengths are spread evenly on a logarithmic
     * scale, so both small arrays and arrays of millions of values occur.
     */
    @Test
    @DisplayName("a thousand calls with 2 to 16 threads all return the exact sum")
    void randomArraysManyThreads() {
        long[] source = randomValues(2_000_000, VALUE_BOUND);
        double logLongest = Math.log(source.length);
        for (int call = 0; call < 1_000; call++) {
            int length = (int) Math.exp(random.nextDouble(logLongest));
            int from = random.nextInt(source.length - length + 1);
            long[] values = Arrays.copyOfRange(source, from, from + length);
            int threads = random.nextInt(2, 17);
            assertSumOfSquares(sequentialSumOfSquares(values), values, threads,
                    "the sum of squares (call " + (call + 1) + " of 1000)");
        }
    }

    @Test
    @DisplayName("the input array is left unchanged")
    void inputNotModified() {
        for (int length : new int[] {10, 3_000_000}) {
            long[] values = randomValues(length, VALUE_BOUND);
            long[] before = values.clone();
            ParallelSum.sumOfSquares(values, 4);
            if (!Arrays.equals(before, values)) {
                fail("sumOfSquares(" + describe(before) + ", 4 threads) changed the array it was "
                        + "given; it must only read it");
            }
        }
    }

    @Test
    @DisplayName("sumOfSquaresBelow for n from 0 to 300")
    void sumBelowSmallN() {
        assertSumOfSquaresBelow(0, 0, 1, "nothing to add");
        assertSumOfSquaresBelow(0, 1, 4, "0 * 0");
        assertSumOfSquaresBelow(1, 2, 4, "0 + 1");
        for (long n = 0; n <= 300; n++) {
            for (int threads : new int[] {1, 2, 3, 8}) {
                assertSumOfSquaresBelow(sequentialSumOfSquaresBelow(n), n, threads,
                        "the sum of i * i for 0 <= i < " + n);
            }
        }
    }

    @Test
    @DisplayName("sumOfSquaresBelow for n of 50 million, whose sum wraps around")
    void sumBelowLargeN() {
        long n = 50_000_000L;
        long expected = sequentialSumOfSquaresBelow(n);
        for (int threads : new int[] {1, 2, 3, 8}) {
            assertSumOfSquaresBelow(expected, n, threads, "the wrapped sum of i * i for 0 <= i < " + n);
        }
        long odd = 50_000_001L;
        assertSumOfSquaresBelow(sequentialSumOfSquaresBelow(odd), odd, 7,
                "the wrapped sum of i * i for 0 <= i < " + odd);
    }

    // --- the grader's own answers and the checks against them --------------------------------

    private static long sequentialSumOfSquares(long[] values) {
        long sum = 0;
        for (long v : values) {
            sum += v * v;
        }
        return sum;
    }

    private static long sequentialSumOfSquaresBelow(long n) {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i * i;
        }
        return sum;
    }

    private long[] randomValues(int length, long bound) {
        long[] values = new long[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextLong(-bound, bound);
        }
        return values;
    }

    private static void assertSumOfSquares(long expected, long[] values, int threads, String what) {
        String call = "sumOfSquares(" + describe(values) + ", " + threads(threads) + ")";
        long actual = ParallelSum.sumOfSquares(values, threads);
        if (actual != expected) {
            fail(call + " returned " + actual + " but " + what + " is " + expected);
        }
    }

    private static void assertSumOfSquaresBelow(long expected, long n, int threads, String what) {
        long actual = ParallelSum.sumOfSquaresBelow(n, threads);
        if (actual != expected) {
            fail("sumOfSquaresBelow(" + n + ", " + threads(threads) + ") returned " + actual + " but "
                    + what + " is " + expected);
        }
    }

    private static String threads(int threads) {
        return threads == 1 ? "1 thread" : threads + " threads";
    }

    private static String describe(long[] values) {
        if (values.length <= 5) {
            return Arrays.toString(values);
        }
        return "array of " + values.length + " values";
    }
}
