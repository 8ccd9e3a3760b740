package grader.pipeline;

import grader.InvalidInputException;
import grader.api.model.GradingListener;
import grader.api.model.Stage;
import grader.compile.CompileResult;
import grader.compile.CompilerMessage;
import grader.compile.JavaSourceCompiler;
import grader.compile.TestSources;
import grader.exercise.Exercise;
import grader.exercise.ExerciseDescriptor;
import grader.exercise.GradingScope;
import grader.exercise.Limits;
import grader.exercise.TestClassSpec;
import grader.exercise.TestJvm;
import grader.exercise.TimingSpec;
import grader.intake.SourceFile;
import grader.intake.Submission;
import grader.intake.SubmissionIntake;
import grader.measure.TimingFigures;
import grader.measure.TimingJudge;
import grader.measure.TimingRun;
import grader.measure.TimingVerdict;
import grader.policy.PolicyCheck;
import grader.policy.Violation;
import grader.run.TestRun;
import grader.run.TestRunResult;
import grader.score.GradeReport;
import grader.score.ReportItem;
import grader.score.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One grading, stage by stage: intake, compile, policy (static rules), tests in a child JVM,
 * speedup in another, then score. A stage that fails stops the ones that depend on it, and the
 * report says why every unearned point was lost. Only intake refuses outright
 * ({@link InvalidInputException}); everything after it ends in a report.
 *
 * <p>Thread-safe: one pipeline grades any number of submissions at once, as a server's workers and
 * a batch do. Each call has its own workspace, clock and scorer; the collaborators are stateless
 * or thread-safe themselves, and the one they share on purpose, the {@link CoreReservation},
 * decides which phases may run side by side.
 */
public final class GradingPipeline {

    private static final int ERRORS_SHOWN_PER_TEST_CLASS = 3;
    private static final int TIMING_ATTEMPTS = 3;
    /**
     * A timing JVM's time limit per workload it measures. exercise4's reference measured both its
     * workloads in about 4 s per timing JVM on a busy two-core machine, under a seventh of its 30 s
     * here, which leaves room for a machine far busier still: a timing run stopped at this limit
     * loses the student the timing points, so it must only ever stop a hopeless one. A run that
     * needs the whole limit is stopped rather than left to the exercise's run limit.
     */
    private static final int TIMING_SECONDS_PER_WORKLOAD = 15;
    /**
     * How long a grading waits in all on tests that do not finish before it cuts every later test
     * short (grader.child.junit.OverrunBudget): with an endless loop in a method every test calls,
     * each test would otherwise wait out its limit, minutes for an exercise. Correct solutions
     * never spend any of it.
     */
    static final long OVERRUN_BUDGET_MILLIS = 10_000;

    private final SubmissionIntake intake;
    private final JavaSourceCompiler compiler;
    private final PolicyCheck policy;
    private final TestRun tests;
    private final TimingRun timing;
    private final TimingJudge judge;
    /** The class path tests compile against: the child runner, JUnit and the model checker. */
    private final List<Path> testCompileClassPath;
    private final GradeReport.HostInfo host;
    private final CoreReservation cores;

    public GradingPipeline(SubmissionIntake intake, JavaSourceCompiler compiler, PolicyCheck policy, TestRun tests,
                           TimingRun timing, TimingJudge judge, List<Path> testCompileClassPath, GradeReport.HostInfo host,
                           CoreReservation cores) {
        this.intake = intake;
        this.compiler = compiler;
        this.policy = policy;
        this.tests = tests;
        this.timing = timing;
        this.judge = judge;
        this.testCompileClassPath = List.copyOf(testCompileClassPath);
        this.host = host;
        this.cores = cores;
    }

    /** Grades a submission from start to end. */
    public GradeReport grade(Exercise exercise, Path submissionPath, GradingScope scope) {
        return grade(exercise, submissionPath, scope, GradingListener.NONE);
    }

    /** Grades a submission from start to end, telling {@code listener} as each stage begins. */
    public GradeReport grade(Exercise exercise, Path submissionPath, GradingScope scope, GradingListener listener) {
        try (PendingGrading grading = correctness(exercise, submissionPath, scope, listener)) {
            return grading.finish();
        }
    }

    /**
     * The correctness part of a grading, intake to tests, with its speedup phase (if the exercise
     * has one and the code got that far) left for {@link PendingGrading#finish}. A batch grades
     * the correctness parts of many submissions side by side and then measures them one by one,
     * so that no speedup phase waits for another submission's slow or hanging tests to end.
     * The caller closes the result.
     */
    public PendingGrading correctness(Exercise exercise, Path submissionPath, GradingScope scope,
                                      GradingListener listener) {
        ExerciseDescriptor descriptor = exercise.descriptor();
        StageClock clock = new StageClock(listener);
        Scorer scorer = new Scorer(descriptor, scope);
        Submission submission = clock.time(Stage.INTAKE, () -> intake.read(submissionPath, exercise));
        Workspace workspace = new Workspace();
        try {
            // Compiling and checking run in this JVM, on the same cores as another grading's
            // speedup phase would: they hold the reservation shared, like the test runs.
            CompileResult compiled = clock.time(Stage.COMPILE, () -> cores.shared(() ->
                    compiler.compile(submission.sources(), List.of(), workspace.submissionClasses())));
            if (!compiled.success()) {
                List<ReportItem> items = new ArrayList<>();
                items.add(scorer.policy(List.of()).withNoCredit("Not checked: your code does not compile."));
                items.addAll(scorer.testsNotRun("Not run: your code does not compile."));
                items.addAll(scorer.timingsNotRun("Not run: your code does not compile."));
                return PendingGrading.done(workspace,
                        report(exercise, scope, items, compiled.errors(), List.of(), submission, List.of(), clock));
            }
            List<Violation> violations = clock.time(Stage.POLICY, () -> cores.shared(() ->
                    policy.check(workspace.submissionClasses(), descriptor.policy().allow(), descriptor.givenClassNames())));
            List<ReportItem> items = new ArrayList<>();
            items.add(scorer.policy(violations));
            if (!violations.isEmpty()) {
                items.addAll(scorer.testsNotRun("Not run: your code breaks the static rules (see above)."));
                items.addAll(scorer.timingsNotRun("Not run: your code breaks the static rules (see above)."));
                return PendingGrading.done(workspace,
                        report(exercise, scope, items, List.of(), violations, submission, List.of(), clock));
            }
            Map<String, String> uncompiledTests = clock.time(Stage.COMPILE, () ->
                    cores.shared(() -> compileTests(exercise, scope, workspace)));
            List<String> studentClasses = submission.classNames();
            List<TestRunResult> runs = clock.time(Stage.TESTS, () ->
                    runTests(descriptor, scope, uncompiledTests, studentClasses, workspace));
            items.addAll(scorer.tests(runs, uncompiledTests));
            Map<String, String> deadEnds = timingDeadEnds(descriptor, runs);
            List<TimingSpec> measurable = descriptor.timing().stream()
                    .filter(spec -> !deadEnds.containsKey(spec.workload())).toList();
            if (measurable.isEmpty()) {
                items.addAll(scorer.timings(List.of(), deadEnds));
                return PendingGrading.done(workspace,
                        report(exercise, scope, items, List.of(), List.of(), submission, List.of(), clock));
            }
            return PendingGrading.speedupPhaseLeft(workspace, () -> {
                List<TimingVerdict> verdicts = clock.time(Stage.SPEEDUP, () ->
                        measure(measurable, descriptor.limits(), uncompiledTests, studentClasses, workspace));
                items.addAll(scorer.timings(verdicts, deadEnds));
                return report(exercise, scope, items, List.of(), List.of(), submission, verdicts, clock);
            });
        } catch (RuntimeException | Error e) {
            workspace.close();
            throw e;
        }
    }

    /**
     * The timing checks not worth measuring, by workload, with the reason for the report: timing
     * code that already hung or crashed in the tests a check {@link TimingSpec#needs needs} would
     * only wait out the limits again. Each check is judged on its own tests: a call that hangs on
     * a large input does not cost the small-input check its points.
     */
    private static Map<String, String> timingDeadEnds(ExerciseDescriptor descriptor, List<TestRunResult> runs) {
        Map<String, String> deadEnds = new LinkedHashMap<>();
        for (TimingSpec spec : descriptor.timing()) {
            Set<String> needed = Set.copyOf(spec.needs());
            runs.stream().map(run -> run.timingDeadEnd(needed)).flatMap(Optional::stream).findFirst()
                    .ifPresent(reason -> deadEnds.put(spec.workload(), "Not measured: your code did not finish in the"
                            + " tests (" + reason + "), so timing it would only wait out the time limits again."));
        }
        return deadEnds;
    }

    /**
     * One test JVM per distinct {@link TestJvm}, each running the classes that ask for it, one
     * after another; each gets what the ones before it left of the grading's
     * {@link #OVERRUN_BUDGET_MILLIS}.
     */
    private List<TestRunResult> runTests(ExerciseDescriptor descriptor, GradingScope scope,
                                         Map<String, String> uncompiledTests, List<String> studentClasses,
                                         Workspace workspace) {
        Map<TestJvm, List<TestClassSpec>> classesByJvm = descriptor.testsIn(scope).stream()
                .filter(spec -> !uncompiledTests.containsKey(spec.className()))
                .collect(Collectors.groupingBy(TestClassSpec::jvm, LinkedHashMap::new, Collectors.toList()));
        List<TestRunResult> runs = new ArrayList<>();
        classesByJvm.forEach((jvm, classes) -> {
            long overrunLeft = Math.max(0, OVERRUN_BUDGET_MILLIS - runs.stream().mapToLong(TestRunResult::overrunMillis).sum());
            runs.add(cores.shared(() -> tests.run(classes, jvm, studentClasses, workspace.testClasses(),
                    workspace.submissionClasses(), workspace.scratch(), descriptor.limits(), overrunLeft)));
        });
        return runs;
    }

    /**
     * Compiles the scope's tests and timing workloads against the submission: all together, or,
     * when that fails because the submission's API differs, each file alone, so that the tests
     * that do compile still run. Returns the compiler's errors by class that did not compile.
     */
    private Map<String, String> compileTests(Exercise exercise, GradingScope scope, Workspace workspace) {
        List<Path> folders = exercise.testSourceFolders(scope);
        List<SourceFile> sources = TestSources.read(folders);
        List<Path> classPath = new ArrayList<>(testCompileClassPath);
        classPath.add(workspace.submissionClasses());
        if (compiler.compile(sources, classPath, workspace.testClasses()).success()) {
            return Map.of();
        }
        Map<String, String> uncompiled = new LinkedHashMap<>();
        for (SourceFile source : sources) {
            // Each file alone, finding the helpers it shares with other tests on the source path.
            CompileResult alone = compiler.compile(List.of(source), classPath, folders, workspace.testClasses());
            if (!alone.success()) {
                uncompiled.put(source.className(), alone.errors().stream().limit(ERRORS_SHOWN_PER_TEST_CLASS)
                        .map(CompilerMessage::message).collect(Collectors.joining("\n")));
            }
        }
        return uncompiled;
    }

    /**
     * Measures the timing checks and judges them. A check whose verdict more trials could change
     * (short of full credit, but not hopelessly) is measured again, up to {@link #TIMING_ATTEMPTS}
     * times in all, and judged on all its trials together. A busy machine is not a reason to
     * measure again: the speedup is judged by the threads' own CPU clocks, which it does not move.
     */
    private List<TimingVerdict> measure(List<TimingSpec> timingSpecs, Limits limits, Map<String, String> uncompiledTests,
                                        List<String> studentClasses, Workspace workspace) {
        Map<String, TimingFigures> pooled = new LinkedHashMap<>();
        Map<String, TimingVerdict> verdicts = new LinkedHashMap<>();
        for (TimingSpec spec : timingSpecs) {
            if (uncompiledTests.containsKey(spec.workload())) {
                verdicts.put(spec.workload(), judge.judge(spec, new TimingFigures(0, 0, List.of(),
                        "the timing check could not be compiled against your code: " + uncompiledTests.get(spec.workload()))));
            }
        }
        List<TimingSpec> toMeasure = timingSpecs.stream().filter(spec -> !verdicts.containsKey(spec.workload())).toList();
        for (int attempt = 1; attempt <= TIMING_ATTEMPTS && !toMeasure.isEmpty(); attempt++) {
            List<TimingSpec> specs = toMeasure;
            Limits timingLimits = new Limits(limits.heapMegabytes(), limits.testTimeoutSeconds(),
                    Math.min(limits.runTimeoutSeconds(), TIMING_SECONDS_PER_WORKLOAD * specs.size()));
            Map<String, TimingFigures> figures = cores.exclusive(() -> timing.run(specs, studentClasses,
                    workspace.testClasses(), workspace.submissionClasses(), workspace.scratch(), timingLimits));
            List<TimingSpec> unsettled = new ArrayList<>();
            for (TimingSpec spec : toMeasure) {
                TimingFigures all = pooled.merge(spec.workload(), figures.get(spec.workload()), TimingFigures::plus);
                TimingVerdict verdict = judge.judge(spec, all);
                verdicts.put(spec.workload(), verdict);
                if (!verdict.settled()) {
                    unsettled.add(spec);
                }
            }
            toMeasure = unsettled;
        }
        return timingSpecs.stream().map(spec -> verdicts.get(spec.workload())).toList();
    }

    private GradeReport report(Exercise exercise, GradingScope scope, List<ReportItem> items,
                               List<CompilerMessage> compileErrors, List<Violation> violations, Submission submission,
                               List<TimingVerdict> verdicts, StageClock clock) {
        return new GradeReport(exercise.id(), exercise.descriptor().title(), scope, items, compileErrors, violations,
                submission.notes(), verdicts, clock.stageMillis(), host);
    }
}
