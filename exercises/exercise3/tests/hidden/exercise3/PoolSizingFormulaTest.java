package exercise3;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: {@code ioBoundThreads} computes {@code Ncpu × U × (1 + W/C)}, rounded up, at least
 * 1, with this JVM's processors. The expected values are worked out exactly, in decimal arithmetic.
 *
 * <p>Every case is chosen so that the usual ways of writing the formula in {@code double}
 * ({@code n * u * (1 + w / c)}, {@code n * u * (c + w) / c}, {@code n * u / (1 - w / (w + c))} and
 * others) all round to the same answer, for every processor count up to 1024: a result that is
 * exactly a whole number comes from values that {@code double} holds exactly, and every other
 * result is at least 0.0002 away from a whole number.
 */
class PoolSizingFormulaTest {

    /** One way of calling {@code ioBoundThreads}: wait and compute in milliseconds, target utilization. */
    record SizingCase(double waitMillis, double computeMillis, double utilization) {
    }

    /** Whole-number results for every processor count: the inputs are exact in binary. */
    static final List<SizingCase> WHOLE = List.of(
            new SizingCase(0, 1, 1),            // never waits: one thread per processor
            new SizingCase(0, 10, 1),
            new SizingCase(10, 10, 1),          // waits as long as it computes: two per processor
            new SizingCase(70, 10, 1),
            new SizingCase(7.5, 0.5, 1),
            new SizingCase(30, 10, 0.5),
            new SizingCase(15, 1, 0.5),
            new SizingCase(3, 1, 0.25));

    /** Results with a fraction for (nearly) every processor count, so they must be rounded up. */
    static final List<SizingCase> FRACTIONAL = List.of(
            new SizingCase(1, 1024, 1),         // Ncpu × 1.0009765625
            new SizingCase(1000, 1031, 1),      // Ncpu × 1.9699...
            new SizingCase(100, 1031, 0.9),     // Ncpu × 0.9873...
            new SizingCase(7, 1033, 0.6),       // Ncpu × 0.6040...
            new SizingCase(100_000, 1031, 0.25), // Ncpu × 24.497...
            new SizingCase(50, 20, 1),          // Ncpu × 3.5
            new SizingCase(0, 10, 0.5),         // Ncpu × 0.5
            new SizingCase(1, 4, 0.75),         // Ncpu × 0.9375
            new SizingCase(2.5, 1, 0.125));     // Ncpu × 0.4375

    /** Results below 1 thread for any ordinary processor count: the answer is 1. */
    static final List<SizingCase> TINY = List.of(
            new SizingCase(0, 1, 1e-6),
            new SizingCase(0, 3, Double.MIN_VALUE),
            new SizingCase(1e6, 1, 1e-9),
            new SizingCase(200, 3, 0.001));

    /** Pairs that differ only in utilization. */
    static final List<SizingCase> UTILIZATION = List.of(
            new SizingCase(15, 1, 1), new SizingCase(15, 1, 0.5), new SizingCase(15, 1, 0.25),
            new SizingCase(3, 1, 1), new SizingCase(3, 1, 0.25),
            new SizingCase(1, 4, 1), new SizingCase(1, 4, 0.75));

    @Test
    @DisplayName("ioBoundThreads gives the formula's value for a table of waits, computes and utilizations")
    void formulaTable() {
        int processors = Runtime.getRuntime().availableProcessors();
        for (List<SizingCase> cases : List.of(WHOLE, FRACTIONAL, TINY, UTILIZATION)) {
            for (SizingCase c : cases) {
                assertIoBoundThreads(processors, c, "");
            }
        }
    }

    @Test
    @DisplayName("ioBoundThreads rounds a fractional result up, never down or to the nearest")
    void roundsUp() {
        int processors = Runtime.getRuntime().availableProcessors();
        for (SizingCase c : FRACTIONAL) {
            assertIoBoundThreads(processors, c, "; a fraction of a thread is rounded up, since rounding down would "
                    + "leave the processors below the target utilization");
        }
    }

    @Test
    @DisplayName("ioBoundThreads is at least 1, however small the utilization")
    void atLeastOneThread() {
        int processors = Runtime.getRuntime().availableProcessors();
        for (SizingCase c : TINY) {
            assertIoBoundThreads(processors, c, "; any positive amount of work needs at least one thread");
        }
    }

    @Test
    @DisplayName("ioBoundThreads scales with the target utilization")
    void utilizationScalesThreads() {
        int processors = Runtime.getRuntime().availableProcessors();
        for (SizingCase c : UTILIZATION) {
            assertIoBoundThreads(processors, c, "; the target utilization U multiplies the whole formula, so half "
                    + "the utilization means half the threads (before rounding up)");
        }
    }

    // --- the grader's own answers -----------------------------------------------------------------

    /**
     * {@code ceil(processors × u × (1 + wait/compute))}, at least 1, computed exactly from the
     * {@code double} values as {@code ceil(processors × u × (compute + wait) / compute)}.
     */
    static int expectedThreads(int processors, double wait, double compute, double utilization) {
        BigDecimal numerator = BigDecimal.valueOf(processors).multiply(new BigDecimal(utilization))
                .multiply(new BigDecimal(compute).add(new BigDecimal(wait)));
        BigDecimal threads = numerator.divide(new BigDecimal(compute), 0, RoundingMode.CEILING);
        return Math.max(1, threads.intValueExact());
    }

    /** The formula written out for a failure message, e.g. "3 × 1 × (1 + 50/20) = 10.5, so 11". */
    static String formula(int processors, double wait, double compute, double utilization) {
        BigDecimal value = BigDecimal.valueOf(processors).multiply(new BigDecimal(utilization))
                .multiply(new BigDecimal(compute).add(new BigDecimal(wait)))
                .divide(new BigDecimal(compute), new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int expected = expectedThreads(processors, wait, compute, utilization);
        String shown = value.scale() <= 0 ? value.toBigInteger().toString() : value.toString();
        String result = value.compareTo(BigDecimal.valueOf(expected)) == 0 ? shown
                : shown + (expected == 1 && value.compareTo(BigDecimal.ONE) < 0 ? ", so at least 1" : ", rounded up to "
                        + expected);
        return processors + " processors × " + show(utilization) + " × (1 + " + show(wait) + "/" + show(compute)
                + ") = " + result;
    }

    /** A double as a person would write it: 50, 0.5, 1.0E-6, Double.MIN_VALUE. */
    static String show(double x) {
        if (x == Double.MIN_VALUE) {
            return "Double.MIN_VALUE";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.valueOf((long) x);
        }
        if (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e15) {
            return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(x);
    }

    static void assertIoBoundThreads(int processors, SizingCase c, String lesson) {
        int expected = expectedThreads(processors, c.waitMillis(), c.computeMillis(), c.utilization());
        String call = "ioBoundThreads(" + show(c.waitMillis()) + ", " + show(c.computeMillis()) + ", "
                + show(c.utilization()) + ")";
        int actual;
        try {
            actual = PoolSizing.ioBoundThreads(c.waitMillis(), c.computeMillis(), c.utilization());
        } catch (RuntimeException e) {
            fail(call + " threw " + e + ", but these arguments are valid: with " + formula(processors, c.waitMillis(),
                    c.computeMillis(), c.utilization()) + " it should return " + expected);
            return;
        }
        if (actual != expected) {
            fail(call + " returned " + actual + ", but on this JVM " + formula(processors, c.waitMillis(),
                    c.computeMillis(), c.utilization()) + lesson);
        }
    }
}
