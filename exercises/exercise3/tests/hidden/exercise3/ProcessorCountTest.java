package exercise3;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests, run in JVMs that believe they have a given number of processors: the grader starts
 * each subclass ({@link ThreeProcessorsTest}, {@link FiveProcessorsTest}) in a JVM of its own with
 * {@code -XX:ActiveProcessorCount} (see exercise.json), so that a size hard-coded for one machine
 * fails on another. Every size must follow {@link Runtime#availableProcessors()}.
 */
abstract class ProcessorCountTest {

    /** The processor count this class's JVM is started with. */
    abstract int processors();

    @BeforeEach
    void jvmHasTheExpectedProcessors() {
        int available = Runtime.getRuntime().availableProcessors();
        if (available != processors()) {
            fail("grader set-up problem, not yours: this test should run with -XX:ActiveProcessorCount="
                    + processors() + " but the JVM reports " + available + " processors");
        }
    }

    @Test
    @DisplayName("cpuBoundThreads() is the number of processors the JVM reports")
    void cpuBoundThreadsFollowsProcessors() {
        int threads = PoolSizing.cpuBoundThreads();
        if (threads != processors()) {
            fail("cpuBoundThreads() returned " + threads + " on a JVM whose Runtime.getRuntime().availableProcessors() "
                    + "is " + processors() + ": CPU-bound work wants one thread per processor of the machine it "
                    + "runs on, so ask the JVM rather than hard-coding a number");
        }
    }

    @Test
    @DisplayName("ioBoundThreads follows the number of processors the JVM reports")
    void ioBoundThreadsFollowsProcessors() {
        for (List<PoolSizingFormulaTest.SizingCase> cases : List.of(PoolSizingFormulaTest.WHOLE,
                PoolSizingFormulaTest.FRACTIONAL, PoolSizingFormulaTest.TINY, PoolSizingFormulaTest.UTILIZATION)) {
            for (PoolSizingFormulaTest.SizingCase c : cases) {
                PoolSizingFormulaTest.assertIoBoundThreads(processors(), c,
                        "; Ncpu is Runtime.getRuntime().availableProcessors(), not a fixed number");
            }
        }
    }

    @Test
    @DisplayName("both pools have as many threads as the sizes on this JVM's processors")
    void poolsFollowProcessors() {
        try (PoolBehaviourTest.Probe probe = PoolBehaviourTest.Probe.cpuPool()) {
            probe.assertRunsExactlyItsThreadsAtOnce();
        }
        try (PoolBehaviourTest.Probe probe = PoolBehaviourTest.Probe.ioPool()) {
            probe.assertRunsExactlyItsThreadsAtOnce();
        }
    }
}
