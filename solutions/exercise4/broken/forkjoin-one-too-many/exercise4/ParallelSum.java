package exercise4;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Broken on purpose: exact, fast and checks its arguments, but its fork/join pool has one worker
 * more than {@code threads} ("the workers, plus one for the caller"), though the caller only waits
 * in {@code invoke}. With 1 thread asked for, two workers compute side by side for the whole call;
 * the thread limit's allowance for a pool's spare worker is capped at the pool's parallelism, so
 * it does not excuse a pool that is too big.
 */
public final class ParallelSum {

    private static final long SEQUENTIAL_CUTOFF = 1 << 18;

    private static final long LEAF_SIZE = 1 << 16;

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        if (values == null) {
            throw new NullPointerException("values");
        }
        checkThreads(threads);
        long sum = 0;
        if (values.length <= SEQUENTIAL_CUTOFF) {
            for (long v : values) {
                sum += v * v;
            }
            return sum;
        }
        return inPool(threads, new Squares(values, 0, values.length));
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        checkThreads(threads);
        if (n <= SEQUENTIAL_CUTOFF) {
            long sum = 0;
            for (long i = 0; i < n; i++) {
                sum += i * i;
            }
            return sum;
        }
        return inPool(threads, new Squares(null, 0, n));
    }

    private static long inPool(int threads, Squares task) {
        ForkJoinPool pool = new ForkJoinPool(threads + 1);
        try {
            return pool.invoke(task);
        } finally {
            pool.shutdown();
        }
    }

    /** The squares of values[from..to), or of the numbers from..to when values is null. */
    private static final class Squares extends RecursiveTask<Long> {
        private static final long serialVersionUID = 1L;
        private final long[] values;
        private final long from;
        private final long to;

        Squares(long[] values, long from, long to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from > LEAF_SIZE) {
                long middle = from + (to - from) / 2;
                Squares left = new Squares(values, from, middle);
                left.fork();
                long right = new Squares(values, middle, to).compute();
                return right + left.join();
            }
            long sum = 0;
            for (long i = from; i < to; i++) {
                long v = values == null ? i : values[(int) i];
                sum += v * v;
            }
            return sum;
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
