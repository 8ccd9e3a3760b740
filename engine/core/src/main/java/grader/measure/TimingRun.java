package grader.measure;

import grader.child.protocol.ChildArguments.TimedWorkload;
import grader.child.protocol.ChildArguments.TimingProbeArguments;
import grader.child.protocol.ChildEvent;
import grader.child.protocol.ChildEvent.HostDescribed;
import grader.child.protocol.ChildEvent.TrialMeasured;
import grader.child.protocol.ChildEvent.WorkloadFailed;
import grader.child.timing.TimingProbe;
import grader.exercise.Limits;
import grader.exercise.TimingKind;
import grader.exercise.TimingSpec;
import grader.run.ChildJvm;
import grader.run.ChildLaunch;
import grader.run.ChildOutcome;
import grader.run.JvmOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speedup stage: runs an exercise's timing workloads in one child JVM of their own with
 * {@code threads} equal to the cores the JVM sees, and collects the raw figures per workload.
 * The caller keeps other grading work off the machine meanwhile.
 *
 * <p>Thread-safe: its fields are final and immutable, and each {@link #run} has its child JVM and
 * its figures to itself; keeping two timing runs from sharing the machine is the caller's part.
 */
public final class TimingRun {

    private static final int TRIALS = 12;
    private static final int WARMUP_MILLIS = 400;
    /**
     * The most a workload may take once it has its least trials. A correct solution needs about a
     * second for the warm-up and every trial; a submission far slower than that has a certain
     * verdict already, and more trials would only keep the student waiting.
     */
    private static final int BUDGET_MILLIS = 5_000;

    private final ChildJvm jvm;
    private final List<Path> childClassPath;

    public TimingRun(ChildJvm jvm, List<Path> childClassPath) {
        this.jvm = jvm;
        this.childClassPath = List.copyOf(childClassPath);
    }

    /** Figures per workload class, in the order of {@code specs}. */
    public Map<String, TimingFigures> run(List<TimingSpec> specs, List<String> studentClasses, Path compiledTests,
                                          Path compiledSubmission, Path scratch, Limits limits) {
        int threads = Runtime.getRuntime().availableProcessors();
        List<Path> classPath = new ArrayList<>(childClassPath);
        classPath.add(compiledTests);
        classPath.add(compiledSubmission);
        List<TimedWorkload> workloads = specs.stream()
                .map(spec -> new TimedWorkload(spec.workload(), spec.kind() == TimingKind.SPEEDUP)).toList();
        TimingProbeArguments arguments = new TimingProbeArguments(workloads, studentClasses, threads, TRIALS,
                WARMUP_MILLIS, BUDGET_MILLIS);
        ChildOutcome outcome = jvm.run(new ChildLaunch(JvmOptions.forTiming(limits, scratch), classPath,
                TimingProbe.class.getName(), arguments.commandLine(), scratch, limits));
        return collect(specs, threads, outcome);
    }

    private static Map<String, TimingFigures> collect(List<TimingSpec> specs, int threads, ChildOutcome outcome) {
        int cores = threads;
        Map<String, List<Trial>> trials = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (ChildEvent event : outcome.events()) {
            if (event instanceof HostDescribed host) {
                cores = host.processors();
            } else if (event instanceof TrialMeasured trial) {
                trials.computeIfAbsent(trial.workload(), key -> new ArrayList<>()).add(trial(trial));
            } else if (event instanceof WorkloadFailed failed) {
                failures.put(failed.workload(), failed.failure());
            }
        }
        Map<String, TimingFigures> figures = new LinkedHashMap<>();
        for (TimingSpec spec : specs) {
            List<Trial> measured = trials.getOrDefault(spec.workload(), List.of());
            // A workload cut short by its budget still ends the session normally: no ending problem.
            String failure = failures.getOrDefault(spec.workload(),
                    measured.size() < TRIALS ? outcome.endingProblem() : "");
            figures.put(spec.workload(), new TimingFigures(cores, threads, measured, failure));
        }
        return figures;
    }

    /** The grader's view of a measured trial: the same figures, without the workload it belongs to. */
    private static Trial trial(TrialMeasured measured) {
        return new Trial(measured.baselineNanos(), measured.baselineCpuNanos(), measured.candidateNanos(),
                measured.candidateCpuNanos(), measured.answersAgree(), measured.threadCpuNanos(),
                measured.busiestThreadCpuNanos(), measured.criticalPathCpuNanos(), measured.coresAvailable(),
                measured.referenceSpeedup());
    }
}
