package exercise4;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Broken on purpose (after a real student's program): one static pool of 3 threads, and each of
 * the call's tasks waits until all of them have started. Asked for more than 3 threads, the
 * first 3 tasks wait for ever on tasks that never get a thread.
 */
public final class ParallelSum {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable);
        thread.setDaemon(true);
        return thread;
    });

    private ParallelSum() {
    }

    private interface RangeSum {
        long sum(long from, long to);
    }

    public static long sumOfSquares(long[] values, int threads) {
        if (values == null) {
            throw new NullPointerException("values");
        }
        check(threads);
        return split(values.length, threads, (from, to) -> {
            long sum = 0;
            for (int i = (int) from; i < to; i++) {
                sum += values[i] * values[i];
            }
            return sum;
        });
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        check(threads);
        return split(n, threads, (from, to) -> {
            long sum = 0;
            for (long i = from; i < to; i++) {
                sum += i * i;
            }
            return sum;
        });
    }

    private static long split(long size, int threads, RangeSum rangeSum) {
        CountDownLatch allStarted = new CountDownLatch(threads);
        List<Future<Long>> parts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            long from = size * k / threads;
            long to = size * (k + 1) / threads;
            parts.add(POOL.submit(() -> {
                allStarted.countDown();
                allStarted.await();
                return rangeSum.sum(from, to);
            }));
        }
        long total = 0;
        try {
            for (Future<Long> part : parts) {
                total += part.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }

    private static void check(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
    }
}
