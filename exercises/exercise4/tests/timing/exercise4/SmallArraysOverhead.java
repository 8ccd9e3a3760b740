package exercise4;

import grader.child.timing.Workload;
import java.util.SplittableRandom;

/**
 * The small-input check: {@code sumOfSquares(array, threads)} on a batch of 2,000 fresh random
 * arrays of 16 to 2,000 values each, against the grader's own loop over the same arrays.
 *
 * <p>Each array takes well under a microsecond to sum, far less than starting or waking a single
 * thread. A solution that sums such arrays on the calling thread (a sequential cut-off) runs about
 * as fast as the baseline; one that creates a pool or threads for every call, however small, is
 * tens to hundreds of times slower.
 */
public final class SmallArraysOverhead implements Workload {

    private static final int ARRAYS = 2_000;
    private static final int SHORTEST = 16;
    private static final int LONGEST = 2_000;
    private static final long VALUE_BOUND = 1L << 31;

    private long[][] arrays;

    @Override
    public void prepare(SplittableRandom random) {
        arrays = new long[ARRAYS][];
        for (int a = 0; a < ARRAYS; a++) {
            long[] values = new long[random.nextInt(SHORTEST, LONGEST + 1)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextLong(-VALUE_BOUND, VALUE_BOUND);
            }
            arrays[a] = values;
        }
    }

    @Override
    public long baseline() {
        long total = 0;
        for (long[] values : arrays) {
            long sum = 0;
            for (long v : values) {
                sum += v * v;
            }
            total += sum;
        }
        return total;
    }

    @Override
    public long candidate(int threads) {
        long total = 0;
        for (long[] values : arrays) {
            total += ParallelSum.sumOfSquares(values, threads);
        }
        return total;
    }
}
