package grader.child.timing;

import grader.child.ChildArguments;
import grader.child.channel.ChildSession;
import grader.child.channel.ResultsChannel;
import grader.child.diagnosis.FailureDescription;
import grader.child.diagnosis.StudentClasses;
import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * The timing JVM's entry point: for each {@link Workload}, warms the JIT up, then runs trials of
 * baseline and candidate in a random order on fresh input, reporting each trial's raw figures on
 * the results channel (see {@link TimingEvents}). It judges nothing: the grader turns the figures
 * into a verdict, outside the reach of student code.
 *
 * <p>Arguments ({@link ChildArguments}): {@code --workloads} the workload classes,
 * {@code --speedup-workloads} those of them that are speedup checks (the others are overhead
 * checks), {@code --threads} the threads given to the candidate, {@code --trials} measured trials per
 * workload, {@code --warmup-millis} the least warm-up time per workload, {@code --budget-millis}
 * the most time a workload may take once it has its few least trials (a submission hopelessly
 * slow on it gets no more: its verdict is certain), {@code --student-classes} the submission's
 * classes (for failure descriptions).
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
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final java.lang.management.ThreadMXBean clocks = ManagementFactory.getThreadMXBean();
    private final ThreadCpuSampler sampler = new ThreadCpuSampler();
    private final CoreAvailability cores = new CoreAvailability();

    private TimingProbe(ResultsChannel channel, FailureDescription failures, int threads) {
        this.channel = channel;
        this.failures = failures;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        ChildSession session = ChildSession.open();
        ChildArguments arguments = ChildArguments.parse(args);
        int threads = arguments.number("threads");
        TimingProbe probe = new TimingProbe(session.channel(),
                new FailureDescription(new StudentClasses(arguments.set("student-classes"))), threads);
        probe.cores.calibrate(); // the first round compiles the burst
        probe.cores.calibrate();
        session.channel().send(TimingEvents.HOST,
                Integer.toString(Runtime.getRuntime().availableProcessors()), Integer.toString(threads));
        for (String workload : arguments.list("workloads")) {
            probe.measure(workload, arguments.set("speedup-workloads").contains(workload),
                    arguments.number("warmup-millis"), arguments.number("trials"), arguments.number("budget-millis"));
        }
        session.end();
    }

    private void measure(String workloadClass, boolean speedup, int warmupMillis, int trials, int budgetMillis) {
        try {
            Workload workload = (Workload) Class.forName(workloadClass).getConstructor().newInstance();
            long start = System.nanoTime();
            long warmupEnd = start + warmupMillis * 1_000_000L;
            long budgetEnd = start + budgetMillis * 1_000_000L;
            for (int i = 0; i < LEAST_WARMUP_TRIALS
                    || (i < MIN_WARMUP_TRIALS || System.nanoTime() < warmupEnd) && System.nanoTime() < budgetEnd; i++) {
                runTrial(workload, speedup);
            }
            for (int i = 0; i < trials && (i < LEAST_TRIALS || System.nanoTime() < budgetEnd); i++) {
                Trial trial = runTrial(workload, speedup);
                channel.send(TimingEvents.TRIAL, workloadClass, Long.toString(trial.baselineNanos),
                        Long.toString(trial.baselineCpuNanos), Long.toString(trial.candidateNanos),
                        Long.toString(trial.candidateCpuNanos), Boolean.toString(trial.agree),
                        Long.toString(trial.profile.totalNanos()), Long.toString(trial.profile.busiestNanos()),
                        Long.toString(trial.profile.criticalPathNanos()), Double.toString(trial.coresAvailable),
                        Double.toString(trial.referenceSpeedup));
            }
        } catch (Throwable failure) {
            channel.send(TimingEvents.WORKLOAD_FAILED, workloadClass, failures.describe(failure));
        }
    }

    /**
     * One trial; for a speedup workload ({@code speedup}), the grader's own probe of the cores runs
     * right before and after the candidate. An overhead workload is judged on best wall times
     * alone and skips it (its figures are then NaN).
     */
    private Trial runTrial(Workload workload, boolean speedup) {
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
        return new Trial(baseline.nanos, baseline.cpuNanos, candidate.nanos, candidateCpuNanos,
                baseline.answer == candidate.answer, profile,
                Math.min(before.coresAvailable(), after.coresAvailable()),
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

    private record Trial(long baselineNanos, long baselineCpuNanos, long candidateNanos, long candidateCpuNanos,
                         boolean agree, CpuProfile profile, double coresAvailable, double referenceSpeedup) {
    }
}
