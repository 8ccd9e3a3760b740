package exercise3;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: {@code ioBoundThreads} and {@code ioBoundPool} reject every argument outside the
 * contract with {@link IllegalArgumentException}. NaN deserves its own test: every comparison with
 * NaN is false, so checks written as {@code if (wait < 0) throw ...} let it through.
 */
class PoolSizingArgumentTest {

    private static final double NAN = Double.NaN;
    private static final double INFINITY = Double.POSITIVE_INFINITY;

    @Test
    @DisplayName("a negative wait time is rejected")
    void negativeWaitRejected() {
        assertRejected(-1, 10, 1, "the wait time must not be negative");
        assertRejected(-0.001, 10, 0.5, "the wait time must not be negative");
        assertRejected(-1e9, 1, 1, "the wait time must not be negative");
        assertRejected(Double.NEGATIVE_INFINITY, 10, 1, "the wait time must not be negative");
    }

    @Test
    @DisplayName("a compute time of zero or less is rejected")
    void nonPositiveComputeRejected() {
        assertRejected(10, 0, 1, "the compute time must be above 0 (it divides the wait time)");
        assertRejected(10, -0.0, 1, "the compute time must be above 0 (it divides the wait time)");
        assertRejected(10, -5, 1, "the compute time must be above 0");
        assertRejected(0, 0, 1, "the compute time must be above 0");
        assertRejected(10, Double.NEGATIVE_INFINITY, 1, "the compute time must be above 0");
    }

    @Test
    @DisplayName("a target utilization outside (0, 1] is rejected")
    void utilizationOutsideRangeRejected() {
        String why = "the target utilization must be above 0 and at most 1";
        assertRejected(10, 10, 0, why);
        assertRejected(10, 10, -0.0, why);
        assertRejected(10, 10, -0.5, why);
        assertRejected(10, 10, Math.nextUp(1.0), why);
        assertRejected(10, 10, 1.5, why);
        assertRejected(10, 10, 100, why);
        assertRejected(10, 10, INFINITY, why);
        assertRejected(10, 10, Double.NEGATIVE_INFINITY, why);
    }

    @Test
    @DisplayName("NaN is rejected in every argument")
    void nanRejected() {
        String why = "NaN is not a number of milliseconds or a utilization (careful: every comparison with NaN "
                + "is false, so a check like `if (wait < 0)` lets NaN through)";
        assertRejected(NAN, 10, 1, why);
        assertRejected(10, NAN, 1, why);
        assertRejected(10, 10, NAN, why);
        assertRejected(NAN, NAN, NAN, why);
    }

    @Test
    @DisplayName("an infinite wait or compute time is rejected")
    void infiniteTimesRejected() {
        String why = "wait and compute times must be finite, as the statement says";
        assertRejected(INFINITY, 10, 1, why);
        assertRejected(10, INFINITY, 1, why);
        assertRejected(INFINITY, INFINITY, 0.5, why);
    }

    @Test
    @DisplayName("ioBoundPool rejects the same arguments, without creating a pool")
    void ioBoundPoolRejectsBadArguments() {
        assertPoolRejected(-1, 10, "the wait time must not be negative");
        assertPoolRejected(10, 0, "the compute time must be above 0");
        assertPoolRejected(NAN, 10, "NaN is not a number of milliseconds");
        assertPoolRejected(10, NAN, "NaN is not a number of milliseconds");
    }

    private static void assertRejected(double wait, double compute, double utilization, String why) {
        String call = "ioBoundThreads(" + wait + ", " + compute + ", " + utilization + ")";
        int result;
        try {
            result = PoolSizing.ioBoundThreads(wait, compute, utilization);
        } catch (IllegalArgumentException expected) {
            return;
        } catch (RuntimeException e) {
            fail(call + " threw " + e + " but should throw IllegalArgumentException: " + why);
            return;
        }
        fail(call + " returned " + result + " but should throw IllegalArgumentException: " + why);
    }

    private static void assertPoolRejected(double wait, double compute, String why) {
        String call = "ioBoundPool(" + wait + ", " + compute + ")";
        ExecutorService pool;
        try {
            pool = PoolSizing.ioBoundPool(wait, compute);
        } catch (IllegalArgumentException expected) {
            return;
        } catch (RuntimeException e) {
            fail(call + " threw " + e + " but should throw IllegalArgumentException: " + why);
            return;
        }
        if (pool != null) {
            pool.shutdownNow();
        }
        fail(call + " returned a pool but should throw IllegalArgumentException: " + why);
    }
}
