package grader.child.protocol;

import grader.child.interleaving.Timeline;

/**
 * Everything a child JVM reports to the grader, one record per kind of event. The child sends
 * them on its results channel and the grader reads them back into the same records, through one
 * codec ({@code grader.child.channel.ChannelCodec}), which writes each component by its name
 * ({@link RecordFields}): adding a component is a change to its record alone.
 *
 * <p>Every event is immutable. The readers take what they need with {@code instanceof} and
 * ignore the rest, so that the test runner and the timing probe share one vocabulary.
 */
public sealed interface ChildEvent {

    // The session's own events, sent by any entry point (grader.child.channel.ChildSession).

    /** The run is over: the entry point reached its end. Nothing after it counts. */
    record Done() implements ChildEvent {
    }

    /**
     * The child's resource guard stopped the run before it was over; nothing follows.
     *
     * @param reason why, in one sentence for the student
     * @param output what the running test had printed so far
     */
    record Stopped(String reason, String output) implements ChildEvent {
    }

    // The test runner's events (grader.child.junit.TestRunner). A test id is
    // fully.qualified.Class#method; all invocations of a parameterized method share it.

    /** A test method (or one invocation of it) starts. */
    record TestStarted(String testId) implements ChildEvent {
    }

    /**
     * A test method (or one invocation of it) finished or was skipped.
     *
     * @param displayName the test's name for people (its method's, for an invocation)
     * @param detail      why it did not pass (empty when it passed); for a time-out, where the
     *                    student's threads were stuck
     * @param output      what the test printed, capped in the child
     */
    record TestFinished(String testId, String displayName, Status status, String detail, String output)
            implements ChildEvent {

        public enum Status { PASSED, FAILED, TIMED_OUT }
    }

    /**
     * The interleaving the model checker found when it failed a test; sent just before that
     * test's {@link TestFinished}.
     */
    record InterleavingFound(String testId, Timeline timeline) implements ChildEvent {
    }

    /** A test class could not run (its set-up failed); its tests will not start. */
    record ContainerFailed(String testClass, String failure) implements ChildEvent {
    }

    // The timing probe's events (grader.child.timing.TimingProbe), in this order: one
    // HostDescribed, then per workload its TrialMeasured events or one WorkloadFailed.

    /**
     * @param processors the processors the timing JVM sees ({@code availableProcessors})
     * @param threads    the threads given to the candidate
     */
    record HostDescribed(int processors, int threads) implements ChildEvent {
    }

    /**
     * One measured trial of a workload, the raw figures the grader judges.
     *
     * @param workload              the workload class
     * @param baselineNanos         the baseline's wall time
     * @param baselineCpuNanos      the baseline's CPU time, by its thread's own clock
     * @param candidateNanos        the candidate's wall time
     * @param candidateCpuNanos     the whole process's CPU time while the candidate ran
     * @param answersAgree          whether baseline and candidate computed the same answer
     * @param threadCpuNanos        the candidate's CPU time over all its threads
     * @param busiestThreadCpuNanos that of its busiest thread
     * @param criticalPathCpuNanos  that on its critical path (see {@code CpuProfile})
     * @param coresAvailable        the cores the grader's own probe could use just before and after
     *                              the candidate ran, the lower of the two; NaN when not measured
     *                              (an overhead workload)
     * @param referenceSpeedup      the CPU-clock speedup of the grader's own parallel reference
     *                              workload then, the mean of the two (see {@code CoreAvailability});
     *                              NaN when not measured
     */
    record TrialMeasured(String workload, long baselineNanos, long baselineCpuNanos, long candidateNanos,
                         long candidateCpuNanos, boolean answersAgree, long threadCpuNanos,
                         long busiestThreadCpuNanos, long criticalPathCpuNanos, double coresAvailable,
                         double referenceSpeedup) implements ChildEvent {
    }

    /** A workload could not be measured (it threw); no further trials of it follow. */
    record WorkloadFailed(String workload, String failure) implements ChildEvent {
    }
}
