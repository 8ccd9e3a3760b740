package exercise4;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sums of squares computed by several threads at once.
 *
 * <p><b>How the work is split.</b> The input is cut into contiguous ranges, one per worker. Each
 * worker reads only its own range and adds into a local variable of its own, so no two threads
 * ever write the same memory and no lock is needed while they run. The calling thread sums one
 * range itself, then collects every other worker's result through its {@link Future} and adds
 * the partial sums up: the completion of a task happens-before {@link Future#get()} returns, so
 * the caller is guaranteed to see each worker's final value.
 *
 * <p><b>Why the split does not change the answer.</b> Java's {@code long} arithmetic wraps
 * around modulo 2<sup>64</sup>, and addition modulo 2<sup>64</sup> is associative and
 * commutative. So grouping the terms into ranges, and adding the partial sums in any order, gives
 * exactly the value a single loop gives, overflow included. (With checked arithmetic, such as
 * {@link Math#addExact}, or with {@code double}, that would not hold.)
 *
 * <p><b>When not to use threads.</b> Starting a thread and handing it work costs tens to hundreds
 * of microseconds, while squaring and adding one value costs well under a nanosecond. A worker
 * therefore only pays off when its range is large, so each worker gets at least
 * {@link #MIN_VALUES_PER_THREAD} values, and an input too small for two workers is summed by a
 * plain loop on the calling thread, without creating any thread at all.
 *
 * <p>The class is stateless; its methods may be called from any number of threads at once.
 */
public final class ParallelSum {

    /**
     * The fewest values a worker is given. Summing this many takes on the order of a hundred
     * microseconds, comfortably more than the cost of starting the thread that does it.
     */
    static final long MIN_VALUES_PER_THREAD = 1 << 18;

    private ParallelSum() {
    }

    /**
     * The sum of {@code v * v} over {@code values}, with wrapping {@code long} arithmetic,
     * computed with up to {@code threads} threads. The array is only read.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws NullPointerException if {@code values} is null
     */
    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        requirePositive(threads);
        return sumInParallel(values.length, threads,
                (from, to) -> sumOfSquares(values, (int) from, (int) to));
    }

    /**
     * The sum of {@code i * i} for {@code 0 <= i < n}, with wrapping {@code long} arithmetic
     * (for large {@code i}, {@code i * i} itself wraps, as the contract intends), computed with up
     * to {@code threads} threads.
     *
     * @throws IllegalArgumentException if {@code n < 0} or {@code threads < 1}
     */
    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        requirePositive(threads);
        return sumInParallel(n, threads, ParallelSum::sumOfSquaresBetween);
    }

    /** The sum over one range {@code [from, to)} of an input; called by one thread. */
    @FunctionalInterface
    private interface RangeSum {
        long sum(long from, long to);
    }

    /**
     * Splits {@code [0, size)} into as many near-equal ranges as there are workers, sums each
     * range on its own thread and adds the results. The calling thread is one of the workers: it
     * hands all ranges but the last to a pool and sums the last one itself, instead of idling
     * while it waits. Uses the calling thread alone when the input is too small to give every
     * worker {@link #MIN_VALUES_PER_THREAD} values.
     */
    private static long sumInParallel(long size, int threads, RangeSum rangeSum) {
        int workers = (int) Math.min(threads, Math.max(1, size / MIN_VALUES_PER_THREAD));
        if (workers == 1) {
            return rangeSum.sum(0, size);
        }
        // The pool belongs to this call alone: created here and shut down before returning (its
        // threads then end), so concurrent calls never share a pool and no thread is left behind.
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1);
        try {
            List<Future<Long>> parts = new ArrayList<>(workers - 1);
            for (int k = 0; k < workers - 1; k++) {
                long from = rangeStart(size, workers, k);
                long to = rangeStart(size, workers, k + 1);
                parts.add(pool.submit(() -> rangeSum.sum(from, to)));
            }
            long total = rangeSum.sum(rangeStart(size, workers, workers - 1), size);
            for (Future<Long> part : parts) {
                total += part.get();   // wrapping addition: the order of the parts is irrelevant
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while summing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Where range {@code k} of {@code parts} near-equal ranges over {@code [0, size)} begins.
     * The first {@code size % parts} ranges get one value more, so every value belongs to
     * exactly one range, and nothing here can overflow.
     */
    private static long rangeStart(long size, int parts, int k) {
        return size / parts * k + Math.min(k, size % parts);
    }

    private static long sumOfSquares(long[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i] * values[i];
        }
        return sum;
    }

    private static long sumOfSquaresBetween(long from, long to) {
        long sum = 0;
        for (long i = from; i < to; i++) {
            sum += i * i;
        }
        return sum;
    }

    private static void requirePositive(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }
}
