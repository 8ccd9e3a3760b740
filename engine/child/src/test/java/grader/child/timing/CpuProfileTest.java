package grader.child.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The critical path from threads' CPU times and active spans: synthetic spans, no clock read. */
class CpuProfileTest {

    private static final long MS = 1_000_000;

    @Test
    void twoThreadsAtWorkTogetherMakeAPathOfOneHalf() {
        CpuProfile profile = CpuProfile.of(List.of(
                new CpuProfile.Activity(20 * MS, 0, 20 * MS),
                new CpuProfile.Activity(20 * MS, 0, 20 * MS)));
        assertEquals(20 * MS, profile.criticalPathNanos());
        assertEquals(2.0, profile.workSplit(), 1e-9);
    }

    @Test
    void aCoreTakenAwayStretchesBothSpansAndLeavesThePath() {
        // Beside a hog, both halves took 30 ms of wall time for their 20 ms of CPU, one starting late.
        CpuProfile profile = CpuProfile.of(List.of(
                new CpuProfile.Activity(20 * MS, 0, 30 * MS),
                new CpuProfile.Activity(20 * MS, 2 * MS, 32 * MS)));
        // Each half is spread over its 30 ms: the 2 ms where only one worked add its share to the path.
        assertEquals(20 * MS * 32 / 30, profile.criticalPathNanos(), MS / 1000);
    }

    @Test
    void threadsStartedAndJoinedInTurnAddUp() {
        CpuProfile profile = CpuProfile.of(List.of(
                new CpuProfile.Activity(20 * MS, 0, 20 * MS),
                new CpuProfile.Activity(20 * MS, 21 * MS, 41 * MS),
                new CpuProfile.Activity(MS / 10, 0, 41 * MS))); // the caller, waiting between the two
        assertEquals(40 * MS, profile.criticalPathNanos(), MS / 5);
    }

    @Test
    void oneThreadIsItsOwnPath() {
        CpuProfile profile = CpuProfile.of(List.of(new CpuProfile.Activity(40 * MS, 0, 45 * MS)));
        assertEquals(40 * MS, profile.criticalPathNanos());
        assertEquals(1.0, profile.workSplit(), 1e-9);
    }
}
