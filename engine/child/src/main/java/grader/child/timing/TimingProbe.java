package grader.child.timing;

import com.sun.management.OperatingSystemMXBean;
import grader.child.channel.ChildSession;
import grader.child.channel.ResultsChannel;
import grader.child.failure.FailureDescription;
import grader.child.diagnosis.StudentClasses;
import grader.child.protocol.ChildArguments;
import grader.child.protocol.ChildArguments.TimedWorkload;
import grader.child.protocol.ChildArguments.TimingProbeArguments;
import grader.child.protocol.ChildEvent;
import grader.child.protocol.ChildEvent.HostDescribed;
import grader.child.protocol.ChildEvent.TrialMeasured;
import grader.child.protocol.ChildEvent.WorkloadFailed;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.SecureRandom;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * The timing JVM's entry point: for each {@link Workload}, warms the JIT up, then runs trials of
 * baseline and candidate in a random order on fresh input, reporting each trial's raw figures on
 * the results channel (the timing events of {@link ChildEvent}). It judges nothing: the grader
 * turns the figures into a verdict, outside the reach of student code. Its command line is a
 * {@link TimingProbeArguments}.
 *
 * <p>Confined to the main thread, which alone uses this probe and its fields (the sampler's own
 * thread is {@link ThreadCpuSampler}'s business); the candidate's threads touch none of them.
 */
public final class TimingProbe {

    private static final int MIN_WARMUP_TRIALS = 3;
    /** Trials a workload gets whatever its budget: one to warm up, three measured. */
    private static final int LEAST_WARMUP_TRIALS = 1;
    private static final int LEAST_TRIALS = 3;

    private final ResultsChannel channel;
    private final FailureDescription failures;
    private final int threads;
    private final SplittableRandom random = new SplittableRandom(new SecureRandom().nextLong());
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean clocks = ManagementFactory.getThreadMXBean();
    /**
     * The JIT: warming up goes on until a whole trial ran without it compiling anything, so that
     * the trials time the code as compiled at last. On a busy machine the compiler threads get
     * the cores late, and code timed before they finish (the interpreter's or C1's) is not the
     * code a quiet machine would have timed.
     */
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final ThreadCpuSampler sampler = new ThreadCpuSampler();
    private final CoreAvailability cores = new CoreAvailability();

    private TimingProbe(ResultsChannel channel, FailureDescription failures, int threads) {
        this.channel = channel;
        this.failures = failures;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        ChildSession session = ChildSession.open();
        TimingProbeArguments arguments = ChildArguments.parse(args, TimingProbeArguments.class);
        TimingProbe probe = new TimingProbe(session.channel(),
                new FailureDescription(new StudentClasses(Set.copyOf(arguments.studentClasses()))), arguments.threads());
        probe.cores.calibrate(); // the first round compiles the burst
        probe.cores.calibrate();
        session.channel().send(new HostDescribed(Runtime.getRuntime().availableProcessors(), arguments.threads()));
        for (TimedWorkload workload : arguments.workloads()) {
            probe.measure(workload, arguments.warmupMillis(), arguments.trials(), arguments.budgetMillis());
        }
        session.end();
    }

    private void measure(TimedWorkload timed, int warmupMillis, int trials, int budgetMillis) {
        String workloadClass = timed.workloadClass();
        try {
            Workload workload = (Workload) Class.forName(workloadClass).getConstructor().newInstance();
            long start = System.nanoTime();
            long warmupEnd = start + warmupMillis * 1_000_000L;
            long budgetEnd = start + budgetMillis * 1_000_000L;
            boolean compiling = true;
            for (int i = 0; i < LEAST_WARMUP_TRIALS || (i < MIN_WARMUP_TRIALS || System.nanoTime() < warmupEnd
                    || compiling) && System.nanoTime() < budgetEnd; i++) {
                long compiledBefore = jit.getTotalCompilationTime();
                runTrial(workloadClass, workload, timed.speedup());
                compiling = jit.getTotalCompilationTime() != compiledBefore;
            }
            for (int i = 0; i < trials && (i < LEAST_TRIALS || System.nanoTime() < budgetEnd); i++) {
                channel.send(runTrial(workloadClass, workload, timed.speedup()));
            }
        } catch (Throwable failure) {
            channel.send(new WorkloadFailed(workloadClass, failures.describe(failure)));
        }
    }

    /**
     * One trial; for a speedup workload ({@code speedup}), the grader's own probe of the cores runs
     * right before and after the candidate. An overhead workload is judged on best wall times
     * alone and skips it (its figures are then NaN).
     */
    private TrialMeasured runTrial(String workloadClass, Workload workload, boolean speedup) {
        workload.prepare(random.split());
        boolean baselineFirst = random.nextBoolean();
        Timed baseline = baselineFirst ? time(workload::baseline) : null;
        CoreAvailability.Reading before = speedup ? cores.measure(threads) : CoreAvailability.Reading.NOT_MEASURED;
        sampler.start();
        long cpuStart = os.getProcessCpuTime();
        Timed candidate = time(() -> workload.candidate(threads));
        long candidateCpuNanos = os.getProcessCpuTime() - cpuStart;
        CpuProfile profile = sampler.stop();
        CoreAvailability.Reading after = speedup ? cores.measure(threads) : CoreAvailability.Reading.NOT_MEASURED;
        if (!baselineFirst) {
            baseline = time(workload::baseline);
        }
        return new TrialMeasured(workloadClass, baseline.nanos, baseline.cpuNanos, candidate.nanos, candidateCpuNanos,
                baseline.answer == candidate.answer, profile.totalNanos(), profile.busiestNanos(),
                profile.criticalPathNanos(), Math.min(before.coresAvailable(), after.coresAvailable()),
                (before.referenceSpeedup() + after.referenceSpeedup()) / 2);
    }

    /** Runs {@code computation} on this thread, timed by the wall clock and by this thread's CPU clock. */
    private Timed time(LongSupplier computation) {
        long start = System.nanoTime();
        long cpuStart = clocks.getCurrentThreadCpuTime();
        long answer = computation.getAsLong();
        return new Timed(answer, System.nanoTime() - start, clocks.getCurrentThreadCpuTime() - cpuStart);
    }

    private record Timed(long answer, long nanos, long cpuNanos) {
    }
}
