package exercise4;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Broken on purpose: exact, but every thread takes one shared lock to add each square to a shared
 * total. The lock makes the additions safe and serialises them: only one thread at a time does
 * any work, and the others wait for the lock.
 */
public final class ParallelSum {

    private static final long MIN_PER_THREAD = 1 << 18;

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        checkThreads(threads);
        return sum(values.length, threads, i -> values[(int) i] * values[(int) i]);
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        checkThreads(threads);
        return sum(n, threads, i -> i * i);
    }

    /** The square at one index of the input. */
    private interface Square {
        long at(long index);
    }

    private static long sum(long size, int threads, Square square) {
        int parts = (int) Math.min(threads, Math.max(1, size / MIN_PER_THREAD));
        if (parts == 1) {   // the sequential cut-off is right: no thread, nothing shared
            long sum = 0;
            for (long i = 0; i < size; i++) {
                sum += square.at(i);
            }
            return sum;
        }
        ReentrantLock lock = new ReentrantLock();
        long[] total = new long[1];   // guarded by lock
        Thread[] workers = new Thread[parts];
        for (int k = 0; k < parts; k++) {
            long from = size / parts * k + Math.min(k, size % parts);
            long to = size / parts * (k + 1) + Math.min(k + 1, size % parts);
            workers[k] = new Thread(() -> {
                for (long i = from; i < to; i++) {
                    long term = square.at(i);
                    lock.lock();
                    try {
                        total[0] += term;
                    } finally {
                        lock.unlock();
                    }
                }
            });
            workers[k].start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while summing", e);
            }
        }
        lock.lock();
        try {
            return total[0];
        } finally {
            lock.unlock();
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
