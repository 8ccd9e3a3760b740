package exercise4;

import grader.child.timing.Workload;
import java.util.SplittableRandom;

/**
 * The speedup check: {@code sumOfSquaresBelow(n, threads)} on all cores against the grader's own
 * single loop, for a fresh random {@code n} of tens of millions in every trial.
 *
 * <p>Why a range and not an array: summing the squares of a large array is limited by how fast
 * memory delivers the values, not by the cores. On a typical two-core host one core already takes
 * most of the memory bandwidth, so even a perfect parallel solution stays near 1.4x there, and on
 * hosts with many cores the speedup flattens long before the core count. {@code i * i} over a range
 * reads no memory at all, so it measures what this exercise teaches: whether the work is spread
 * over all cores. The sequential baseline takes roughly 30-50 ms per trial on a current core.
 */
public final class LargeRangeSpeedup implements Workload {

    private static final long SMALLEST_N = 80_000_000L;
    private static final long N_SPREAD = 8_000_000L;

    private long n;

    @Override
    public void prepare(SplittableRandom random) {
        n = SMALLEST_N + random.nextLong(N_SPREAD);
    }

    @Override
    public long baseline() {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i * i;
        }
        return sum;
    }

    @Override
    public long candidate(int threads) {
        return ParallelSum.sumOfSquaresBelow(n, threads);
    }
}
