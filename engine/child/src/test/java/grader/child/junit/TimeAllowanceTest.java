package grader.child.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeAllowanceTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private double share = 1;
    private int samples;
    private final TimeAllowance allowance = new TimeAllowance(5, clock::get, () -> {
        samples++;
        return share;
    });

    @Test
    void onAQuietMachineTheLimitIsTheWallClock() {
        allowance.resume();
        clock.addAndGet(4 * SECOND);
        assertFalse(allowance.tickAndCheckSpent());
        clock.addAndGet(SECOND);
        assertTrue(allowance.tickAndCheckSpent());
        assertEquals("did not finish within its 5 s limit.", allowance.overLimit());
    }

    @Test
    void onABusyMachineOnlyTheTimeTheTestCouldRunCounts() {
        share = 0.5;
        allowance.resume();
        clock.addAndGet(9 * SECOND);
        assertFalse(allowance.tickAndCheckSpent(), "9 s at half the cores is 4.5 s of the test's own time");
        clock.addAndGet(SECOND);
        assertTrue(allowance.tickAndCheckSpent());
        assertTrue(allowance.overLimit().contains("10.0 s on the clock"), allowance.overLimit());
    }

    @Test
    void howeverBusyTheMachineALimitEndsAtThreeTimesItsLength() {
        share = 0.01;
        allowance.resume();
        clock.addAndGet(TimeAllowance.MOST_STRETCH * 5 * SECOND - 1);
        assertFalse(allowance.tickAndCheckSpent());
        clock.addAndGet(1);
        assertTrue(allowance.tickAndCheckSpent());
    }

    @Test
    void aMethodsInvocationsShareOneAllowanceAndTheTimeBetweenThemDoesNotCount() {
        allowance.resume();
        clock.addAndGet(3 * SECOND);
        assertFalse(allowance.tickAndCheckSpent());
        clock.addAndGet(SECOND); // the runner between two invocations
        allowance.resume();
        clock.addAndGet(SECOND);
        assertFalse(allowance.tickAndCheckSpent(), "4 s of 5 used");
        clock.addAndGet(SECOND);
        assertTrue(allowance.tickAndCheckSpent());
    }

    @Test
    void anInvocationsEndCountsAtTheLastShareWithoutSamplingTheMachine() {
        share = 0.5;
        allowance.resume();
        clock.addAndGet(2 * SECOND);
        assertFalse(allowance.tickAndCheckSpent(), "1 s of the test's own time");
        share = 1;
        clock.addAndGet(2 * SECOND);
        allowance.pause();
        assertEquals(1, samples, "only the look sampled the machine");
        allowance.resume();
        clock.addAndGet(3 * SECOND - 1);
        assertFalse(allowance.tickAndCheckSpent(), "2 s counted at the half the look saw, then 3 s less a moment at full: under 5 s");
    }

    @Test
    void theShareCountsOnlyWhatOthersTakeFromTheCoresTheTestWants() {
        assertEquals(1, MachineShare.share(2, 3, 2), "the supervisor and two test threads: nobody else wants a core");
        assertEquals(0.5, MachineShare.share(2, 5, 2), 1e-9, "two busy threads of another program");
        assertEquals(1, MachineShare.share(2, 101, 100), "a hundred busy threads of its own earn a test no extra time");
        assertEquals(1, MachineShare.share(2, 9, 0), "a test whose threads all wait is not slowed by the load");
        assertEquals(1, MachineShare.share(2, 3, 1), "one test thread and one other busy thread fit on two cores");
        assertEquals(2.0 / 3, MachineShare.share(2, 4, 1), 1e-9, "one test thread beside two other busy threads");
    }
}
