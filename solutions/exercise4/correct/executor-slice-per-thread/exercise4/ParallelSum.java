package exercise4;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Sums of squares with an {@link ExecutorService}: one slice of the input per thread, each slice a
 * {@link Callable} that sums its range into a local variable, all handed to the pool at once with
 * {@link ExecutorService#invokeAll}, and the partial sums added up by the caller, which only waits
 * meanwhile. The completion of each task happens-before {@code invokeAll} returns, so the caller
 * sees every partial sum; wrapping addition makes the total independent of the split.
 *
 * <p>Pools are reused: one per number of workers, created on first use. A pool of {@code w}
 * threads runs at most {@code w} slices at once and the caller computes nothing, so a call never
 * runs more than {@code threads} threads, also when calls share a pool. Its threads are daemons
 * and end after {@link #IDLE_SECONDS} without work, so an unused pool costs nothing and keeps no
 * JVM alive. Inputs too small to give two workers {@link #MIN_PER_THREAD} values each are summed
 * on the calling thread, without any pool.
 */
public final class ParallelSum {

    private static final long MIN_PER_THREAD = 1 << 18;

    private static final long IDLE_SECONDS = 10;

    private static final ConcurrentHashMap<Integer, ExecutorService> POOLS = new ConcurrentHashMap<>();

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
            long sum = 0;
            for (long i = from; i < to; i++) {
                sum += i * i;
            }
            return sum;
        });
    }

    /** The sum over one slice {@code [from, to)} of an input. */
    private interface SliceSum {
        long sum(long from, long to);
    }

    private static long sum(long size, int threads, SliceSum sliceSum) {
        int workers = (int) Math.min(threads, Math.max(1, size / MIN_PER_THREAD));
        if (workers == 1) {
            return sliceSum.sum(0, size);
        }
        List<Callable<Long>> slices = new ArrayList<>(workers);
        for (int k = 0; k < workers; k++) {
            // The first size % workers slices get one value more; no bound can overflow.
            long from = size / workers * k + Math.min(k, size % workers);
            long to = size / workers * (k + 1) + Math.min(k + 1, size % workers);
            slices.add(() -> sliceSum.sum(from, to));
        }
        try {
            long total = 0;
            for (Future<Long> slice : POOLS.computeIfAbsent(workers, ParallelSum::newPool).invokeAll(slices)) {
                total += slice.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while summing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a slice failed", e.getCause());
        }
    }

    private static ExecutorService newPool(int workers) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "parallel-sum-" + workers);
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
