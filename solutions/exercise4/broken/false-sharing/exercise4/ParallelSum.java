package exercise4;

import java.util.Objects;

/**
 * Broken on purpose: exact, and each thread adds into a slot of its own, but the slots are
 * neighbours in one long[] and every square is written into the slot as it is added. Eight longs
 * share a 64-byte cache line, so the threads' slots sit in the same line and every write by one
 * thread takes the line away from the others (false sharing).
 *
 * <p>What it costs depends on the JIT's choice in each run. When HotSpot's C2 keeps
 * {@code partial[slot]} in a register for the whole loop and writes it once at the end, the timed
 * code shares nothing and earns full marks. When it stores the slot on every element, the two
 * threads bounce the line between their cores and the speedup is lost. {@code bench/false-sharing-cost} measures that cost on the
 * host; README.md says why {@code variants.json} holds no expectation for this variant.
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
        long[] partial = new long[parts];
        Thread[] workers = new Thread[parts];
        for (int k = 0; k < parts; k++) {
            int slot = k;
            long from = size / parts * k + Math.min(k, size % parts);
            long to = size / parts * (k + 1) + Math.min(k + 1, size % parts);
            workers[k] = new Thread(() -> {
                for (long i = from; i < to; i++) {
                    partial[slot] += square.at(i);
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
        long total = 0;
        for (long part : partial) {
            total += part;
        }
        return total;
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
