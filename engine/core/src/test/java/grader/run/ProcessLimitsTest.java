package grader.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's limits survive another grader starting on the same machine meanwhile. */
class ProcessLimitsTest {

    @Test
    void aGraderStartingMeanwhileLeavesALiveRunsGroupAlone() {
        ProcessLimits limits = ProcessLimits.detect();
        assumeTrue(limits.confinesGroups(), "no writable cgroups here");
        try (ProcessLimits.Confinement run = limits.confine(256L << 20, 60)) {
            ProcessLimits.detect(); // what another grader (or another pipeline) does when it starts
            // The run's group must still be there for its JVM to enter: the shell exits 125 otherwise.
            Process process = new ProcessBuilder(run.wrap(List.of("/bin/true"))).start();
            assertEquals(0, process.waitFor());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
