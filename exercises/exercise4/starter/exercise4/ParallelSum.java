package exercise4;

/**
 * Sums of squares, meant to be computed by several threads at once.
 *
 * <p>This starter is correct for valid arguments but does everything on the calling thread, and
 * it checks none of its arguments. See the exercise's README for what to do; the TODO comments
 * below point at the places to change. You may add private methods, nested classes or other
 * classes in package {@code exercise4}, but keep the public API below exactly as it is.
 */
public final class ParallelSum {

    private ParallelSum() {
    }

    /**
     * The sum of {@code v * v} over {@code values}, with Java's wrapping {@code long} arithmetic,
     * computed with up to {@code threads} threads.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws NullPointerException if {@code values} is null
     */
    public static long sumOfSquares(long[] values, int threads) {
        // TODO: reject threads < 1 with IllegalArgumentException, and a null array with
        //       NullPointerException, before doing any work (also for an empty array).
        // TODO: this loop ignores `threads`. For a large array, split the indices into one
        //       contiguous range per thread, sum each range on its own thread into a local
        //       variable, and add the partial sums once every thread has finished.
        // TODO: keep a cut-off: an array too small to give each thread a large range (tens of
        //       thousands of values or more) is faster summed right here, with no thread started.
        long sum = 0;
        for (long v : values) {
            sum += v * v;
        }
        return sum;
    }

    /**
     * The sum of {@code i * i} for {@code 0 <= i < n}, with wrapping {@code long} arithmetic,
     * computed with up to {@code threads} threads.
     *
     * @throws IllegalArgumentException if {@code n < 0} or {@code threads < 1}
     */
    public static long sumOfSquaresBelow(long n, int threads) {
        // TODO: reject n < 0 and threads < 1 with IllegalArgumentException.
        // TODO: split [0, n) into ranges the same way as above (the same splitting code can
        //       serve both methods), with the same cut-off for small n.
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i * i;
        }
        return sum;
    }
}
