package grader.child.junit;

import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * A test's time limit, on a clock that runs at the pace the machine lets the test work: each
 * moment counts as much as the {@link MachineShare} of the CPU the test was getting, so a limit
 * fitted on a quiet machine means the same on a busy one, and a verdict does not depend on what
 * else the machine ran. However busy the machine, the limit ends after {@link #MOST_STRETCH}
 * times its length on the wall clock. A method's allowance spans all its invocations: it counts
 * only while one of them runs, and its wall-clock bound runs from the first.
 *
 * <p>Not thread-safe: used by the one thread that supervises the tests.
 */
public final class TimeAllowance {

    /** The most a busy machine may stretch a limit, as a multiple of its length on the wall clock. */
    public static final int MOST_STRETCH = 3;

    private final long limitSeconds;
    private final long limitNanos;
    private final LongSupplier nanoTime;
    private final DoubleSupplier share;
    private boolean started;
    private long firstStart;
    private long lastTick;
    private long usedNanos;
    private double lastShare = 1;

    TimeAllowance(long limitSeconds, LongSupplier nanoTime, DoubleSupplier share) {
        this.limitSeconds = limitSeconds;
        this.limitNanos = limitSeconds * 1_000_000_000L;
        this.nanoTime = nanoTime;
        this.share = share;
    }

    /** An invocation starts running on this allowance. */
    void resume() {
        lastTick = nanoTime.getAsLong();
        if (!started) {
            started = true;
            firstStart = lastTick;
        }
    }

    /** Counts the time since the last tick at the machine's share now; true once the limit is reached. */
    boolean tickAndCheckSpent() {
        lastShare = share.getAsDouble();
        return count();
    }

    /**
     * An invocation ended: counts its last moments at the share seen last, without sampling the
     * machine again, since a parameterized test may end hundreds of invocations a second.
     */
    void pause() {
        count();
    }

    private boolean count() {
        long now = nanoTime.getAsLong();
        usedNanos += (long) ((now - lastTick) * lastShare);
        lastTick = now;
        return usedNanos >= limitNanos || now - firstStart >= MOST_STRETCH * limitNanos;
    }

    /** The least wall-clock time until the limit can be reached, in milliseconds, at least 1. */
    long millisLeftAtLeast() {
        return Math.max(1, (limitNanos - usedNanos) / 1_000_000);
    }

    /** Why the limit was reached, in the student's terms: the wall time too, where the machine stretched it. */
    String overLimit() {
        double wallSeconds = (lastTick - firstStart) / 1e9;
        if (wallSeconds < limitSeconds * 1.05) {
            return "did not finish within its " + limitSeconds + " s limit.";
        }
        return String.format(Locale.ROOT, "did not finish within its %d s limit (%.1f s on the clock: other programs"
                + " kept the cores busy, and the limit counts only the time your code could run).", limitSeconds, wallSeconds);
    }
}
