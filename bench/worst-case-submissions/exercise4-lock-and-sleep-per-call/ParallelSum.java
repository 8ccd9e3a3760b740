package exercise4;

import java.util.concurrent.locks.ReentrantLock;

/** Exact but slow on purpose (after a real student's program): a lock per element and a 25 ms sleep in every call. */
public final class ParallelSum {

    private ParallelSum() {
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static long sumOfSquares(long[] values, int threads) {
        if (values == null) {
            throw new NullPointerException("values");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
        pause();
        long sum = 0;
        for (long v : values) {
            ReentrantLock lock = new ReentrantLock();
            lock.lock();
            try {
                sum += v * v;
            } finally {
                lock.unlock();
            }
        }
        return sum;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
        pause();
        long sum = 0;
        for (long i = 0; i < n; i++) {
            ReentrantLock lock = new ReentrantLock();
            lock.lock();
            try {
                sum += i * i;
            } finally {
                lock.unlock();
            }
        }
        return sum;
    }
}
