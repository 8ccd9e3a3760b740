package exercise4;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Sums of squares with fork/join: a task halves its range until the halves are small, sums small
 * ranges directly, and adds the two halves' results after joining them.
 *
 * <p>Thread safety: a task writes nothing but its own result; a parent reads its children's
 * results only after {@code join()}, which guarantees it sees them. Wrapping {@code long}
 * addition is associative, so however the ranges are halved, the total is the one a single loop
 * computes. Inputs of at most {@link #SEQUENTIAL_CUTOFF} values, and all work with one thread,
 * are summed on the calling thread without touching a pool.
 */
public final class ParallelSum {

    /** Below this size, starting a pool would cost more than the whole sum. */
    private static final long SEQUENTIAL_CUTOFF = 1 << 18;

    /** A task of at most this many values sums them itself instead of splitting further. */
    private static final long LEAF_SIZE = 1 << 16;

    /**
     * One pool per parallelism asked for, created on first use and kept: its workers are daemon
     * threads that exit by themselves after a minute without work. Reusing a pool saves starting
     * threads on every call; the map makes concurrent first calls agree on one pool.
     */
    private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        checkThreads(threads);
        return sum(values.length, threads, (from, to) -> {
            long sum = 0;
            for (int i = (int) from; i < (int) to; i++) {
                sum += values[i] * values[i];
            }
            return sum;
        });
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        checkThreads(threads);
        return sum(n, threads, (from, to) -> {
            // A leaf never holds more than LEAF_SIZE values, so an int can count them; HotSpot
            // optimises an int-counted loop better than a long-counted one inlined into compute().
            long sum = 0;
            int count = (int) (to - from);
            for (int k = 0; k < count; k++) {
                long i = from + k;
                sum += i * i;
            }
            return sum;
        });
    }

    /** Sums one range of at most {@link #LEAF_SIZE} values. */
    private interface Leaf {
        long sum(long from, long to);
    }

    private static long sum(long size, int threads, Leaf leaf) {
        if (threads == 1 || size <= SEQUENTIAL_CUTOFF) {
            long total = 0;
            for (long from = 0; from < size; from += LEAF_SIZE) {
                total += leaf.sum(from, Math.min(size, from + LEAF_SIZE));
            }
            return total;
        }
        return POOLS.computeIfAbsent(threads, ForkJoinPool::new).invoke(new RangeTask(0, size, leaf));
    }

    private static final class RangeTask extends RecursiveTask<Long> {
        private final long from;
        private final long to;
        private final Leaf leaf;

        RangeTask(long from, long to, Leaf leaf) {
            this.from = from;
            this.to = to;
            this.leaf = leaf;
        }

        private static final long serialVersionUID = 1L;

        @Override
        protected Long compute() {
            if (to - from <= LEAF_SIZE) {
                return leaf.sum(from, to);
            }
            long middle = from + (to - from) / 2;
            RangeTask left = new RangeTask(from, middle, leaf);
            left.fork();
            long right = new RangeTask(middle, to, leaf).compute();
            return right + left.join();
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
