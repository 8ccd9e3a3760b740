package grader.child.junit;

import java.util.Locale;

/**
 * How much longer a grading waits on tests that do not finish. A test stopped at its limit, or
 * because it can never finish, spends the time it ran; once the budget is spent, every later
 * invocation may run a tenth of its limit, at least {@link #AFTER_SPENT_NANOS}: about as long as
 * the slowest correct solution took (limits are fitted at ten times that), and most tests pass in
 * milliseconds. Code that already hung for that long gets a short look at each remaining test
 * instead of a full wait at each: an endless loop in a method every test calls would otherwise
 * wait out every limit in turn, minutes in all. A test that passes or fails by itself spends
 * nothing, so a solution whose tests all finish never meets the budget, on a quiet machine or a
 * busy one.
 *
 * <p>The budget is the grading's, not one JVM's: the grader gives each test JVM what the ones
 * before it left.
 *
 * <p>Not thread-safe: used by the one thread that supervises the tests.
 */
final class OverrunBudget {

    /** The least each invocation may run once the budget is spent. */
    static final long AFTER_SPENT_NANOS = 500_000_000L;
    /** Once the budget is spent, an invocation may run its limit divided by this. */
    static final int AFTER_SPENT_FRACTION = 10;

    private final long budgetNanos;
    private long leftNanos;

    OverrunBudget(long budgetMillis) {
        this.budgetNanos = budgetMillis * 1_000_000L;
        this.leftNanos = budgetNanos;
    }

    /** The longest the next invocation, whose limit is {@code limitSeconds}, may run, in nanoseconds. */
    long capNanos(long limitSeconds) {
        return Math.max(afterSpentNanos(limitSeconds), leftNanos);
    }

    private static long afterSpentNanos(long limitSeconds) {
        return Math.max(AFTER_SPENT_NANOS, limitSeconds * 1_000_000_000L / AFTER_SPENT_FRACTION);
    }

    /** An invocation was stopped after running {@code nanos}: they are spent. */
    void spend(long nanos) {
        leftNanos = Math.max(0, leftNanos - nanos);
    }

    /**
     * Why an invocation was stopped at {@link #capNanos} before its own limit, for the student; asked
     * before the time it ran is {@link #spend spent}. Either earlier tests had already spent the
     * budget and this one got the short look, or this one ran what was left of the budget (all of
     * it when it is the first to be stopped) and found its limit further off.
     */
    String cutShort(long ranNanos, long limitSeconds) {
        long afterSpent = afterSpentNanos(limitSeconds);
        String shortLook = String.format(Locale.ROOT, "a tenth of its limit, at least half a second (this one %.1f s)",
                afterSpent / 1e9);
        String wait = "a grading waits only so long in all on code that does not finish";
        String why = leftNanos <= afterSpent
                ? "earlier tests did not finish either, and " + wait + "; after that each test gets " + shortLook + "."
                : wait + ", and this test ran what was left of that time; after it, each test gets " + shortLook + ".";
        return String.format(Locale.ROOT, "stopped after %.1f s, before its %d s limit: %s", ranNanos / 1e9, limitSeconds,
                why);
    }

    /** Why a further invocation of a test method that was cut short does not run, for the student. */
    static String notRunAfterCut() {
        return "Not run: an earlier input of this test was stopped short (see above).";
    }
}
