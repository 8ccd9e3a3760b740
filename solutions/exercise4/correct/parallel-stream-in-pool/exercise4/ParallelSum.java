package exercise4;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

/**
 * Sums of squares with a parallel {@link LongStream}. A parallel stream runs in the fork/join pool
 * of the thread that starts it, so starting it from inside a {@code new ForkJoinPool(threads)}
 * bounds it to {@code threads} threads (the common pool is left alone); such a pool is created
 * once per thread count and reused by later calls. {@code LongStream.sum()} adds with wrapping
 * arithmetic, which does not depend on how the stream splits the input. Inputs of at most
 * {@link #SEQUENTIAL_CUTOFF} values, and all work with one thread, use a sequential stream on the
 * calling thread instead.
 */
public final class ParallelSum {

    private static final long SEQUENTIAL_CUTOFF = 1 << 18;

    private static final long BLOCK = 1 << 16;

    /**
     * One pool per parallelism asked for, created on first use and kept (its workers are daemon
     * threads that exit by themselves after a minute without work).
     */
    private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        checkThreads(threads);
        if (threads == 1 || values.length <= SEQUENTIAL_CUTOFF) {
            return Arrays.stream(values).map(v -> v * v).sum();
        }
        return inPool(threads, () -> Arrays.stream(values).parallel().map(v -> v * v).sum());
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        checkThreads(threads);
        // One stream element per block of BLOCK numbers, each summed by a plain int-counted loop:
        // HotSpot compiles that loop far better than a stream over every single number.
        long blocks = n / BLOCK + (n % BLOCK == 0 ? 0 : 1);
        LongStream blockSums = LongStream.range(0, blocks).map(block -> sumOfBlock(block, n));
        if (threads == 1 || n <= SEQUENTIAL_CUTOFF) {
            return blockSums.sum();
        }
        return inPool(threads, () -> blockSums.parallel().sum());
    }

    /** The sum of i * i over block number {@code block} of {@code [0, n)}. */
    private static long sumOfBlock(long block, long n) {
        long from = block * BLOCK;
        int count = (int) Math.min(BLOCK, n - from);
        long sum = 0;
        for (int k = 0; k < count; k++) {
            long i = from + k;
            sum += i * i;
        }
        return sum;
    }

    private static long inPool(int threads, LongSupplier parallelSum) {
        ForkJoinPool pool = POOLS.computeIfAbsent(threads, ForkJoinPool::new);
        try {
            return pool.submit(parallelSum::getAsLong).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while summing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the parallel sum failed", e.getCause());
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
