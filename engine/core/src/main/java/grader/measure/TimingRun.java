package grader.measure;

import grader.child.ChildArguments;
import grader.child.channel.ChannelMessage;
import grader.child.timing.TimingEvents;
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
        List<String> arguments = ChildArguments.builder()
                .withList("workloads", specs.stream().map(TimingSpec::workload).toList())
                .withList("speedup-workloads", specs.stream().filter(spec -> spec.kind() == TimingKind.SPEEDUP)
                        .map(TimingSpec::workload).toList())
                .withList("student-classes", studentClasses)
                .with("threads", threads)
                .with("trials", TRIALS)
                .with("warmup-millis", WARMUP_MILLIS)
                .with("budget-millis", BUDGET_MILLIS)
                .build();
        ChildOutcome outcome = jvm.run(new ChildLaunch(JvmOptions.forTiming(limits, scratch), classPath,
                TimingProbe.class.getName(), arguments, scratch, limits));
        return collect(specs, threads, outcome);
    }

    private static Map<String, TimingFigures> collect(List<TimingSpec> specs, int threads, ChildOutcome outcome) {
        int cores = threads;
        Map<String, List<Trial>> trials = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (ChannelMessage message : outcome.messages()) {
            switch (message.type()) {
                case TimingEvents.HOST -> cores = Integer.parseInt(message.field(0));
                case TimingEvents.TRIAL -> trials.computeIfAbsent(message.field(0), key -> new ArrayList<>()).add(
                        new Trial(Long.parseLong(message.field(1)), Long.parseLong(message.field(2)),
                                Long.parseLong(message.field(3)), Long.parseLong(message.field(4)),
                                Boolean.parseBoolean(message.field(5)), Long.parseLong(message.field(6)),
                                Long.parseLong(message.field(7)), Long.parseLong(message.field(8)),
                                Double.parseDouble(message.field(9)), Double.parseDouble(message.field(10))));
                case TimingEvents.WORKLOAD_FAILED -> failures.put(message.field(0), message.field(1));
                default -> { }
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
}
