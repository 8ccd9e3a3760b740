package exercise4;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

/**
 * Sums of squares with a parallel {@link LongStream}. A parallel stream runs in the fork/join pool
 * of the thread that starts it, so starting it from inside a {@code new ForkJoinPool(threads)}
 * bounds it to {@code threads} threads. {@code LongStream.sum()} adds with wrapping arithmetic,
 * which does not depend on how the stream splits the input. Inputs of at most
 * {@link #SEQUENTIAL_CUTOFF} values, and all work with one thread, use a sequential stream on the
 * calling thread instead.
 */
public final class ParallelSum {

    private static final long SEQUENTIAL_CUTOFF = 1 << 18;

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
        if (threads == 1 || n <= SEQUENTIAL_CUTOFF) {
            return LongStream.range(0, n).map(i -> i * i).sum();
        }
        return inPool(threads, () -> LongStream.range(0, n).parallel().map(i -> i * i).sum());
    }

    private static long inPool(int threads, LongSupplier parallelSum) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(parallelSum::getAsLong).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while summing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the parallel sum failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
