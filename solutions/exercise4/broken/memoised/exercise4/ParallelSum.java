package exercise4;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Broken on purpose: exact, but remembers every answer in a static map and computes whatever it
 * has not seen before with one sequential loop. A repeated call is instant; a new input, which
 * is what the grader times every trial, gets no speedup at all.
 */
public final class ParallelSum {

    private static final Map<Long, Long> BELOW = new ConcurrentHashMap<>();

    /** Keyed by the array itself (arrays compare by identity); weak, so arrays can still be freed. */
    private static final Map<long[], Long> ARRAYS = Collections.synchronizedMap(new WeakHashMap<>());

    private ParallelSum() {
    }

    public static long sumOfSquares(long[] values, int threads) {
        Objects.requireNonNull(values, "values");
        checkThreads(threads);
        Long known = ARRAYS.get(values);
        if (known != null) {
            return known;
        }
        long sum = 0;
        for (long v : values) {
            sum += v * v;
        }
        ARRAYS.put(values, sum);
        return sum;
    }

    public static long sumOfSquaresBelow(long n, int threads) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        checkThreads(threads);
        return BELOW.computeIfAbsent(n, ParallelSum::sequentialSumBelow);
    }

    private static long sequentialSumBelow(long n) {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i * i;
        }
        return sum;
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
