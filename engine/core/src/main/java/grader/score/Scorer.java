package grader.score;

import grader.exercise.ExerciseDescriptor;
import grader.exercise.GradingScope;
import grader.exercise.TestClassSpec;
import grader.exercise.TimingSpec;
import grader.exercise.Visibility;
import grader.measure.TimingVerdict;
import grader.policy.Violation;
import grader.run.TestOutcome;
import grader.run.TestRunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The score stage: turns what the stages found into report items with the descriptor's points.
 * Every item the descriptor lists for the scope appears in the report, run or not, so that
 * {@code max_score} never depends on how far a submission got; anything not reported as passed
 * through the authenticated channel earns nothing.
 */
public final class Scorer {

    public static final String POLICY_ID = "policy";

    private final ExerciseDescriptor descriptor;
    private final GradingScope scope;

    public Scorer(ExerciseDescriptor descriptor, GradingScope scope) {
        this.descriptor = descriptor;
        this.scope = scope;
    }

    public ReportItem policy(List<Violation> violations) {
        double points = descriptor.policy().points();
        if (violations.isEmpty()) {
            return new ReportItem(POLICY_ID, "Static rules", Visibility.PUBLIC, points, points, ItemStatus.PASSED,
                    "No forbidden call or class.", "");
        }
        List<String> lines = violations.stream().map(Violation::toString).toList();
        return new ReportItem(POLICY_ID, "Static rules", Visibility.PUBLIC, points, 0, ItemStatus.FAILED,
                "Your code breaks the static rules, so its tests were not run:\n" + String.join("\n", lines), "");
    }

    /** Every test item of the scope, failed with {@code reason}: the tests could not run. */
    public List<ReportItem> testsNotRun(String reason) {
        List<ReportItem> items = new ArrayList<>();
        for (TestClassSpec spec : descriptor.testsIn(scope)) {
            spec.points().forEach((method, points) -> items.add(notRun(spec, method, points, reason)));
        }
        return items;
    }

    /**
     * Every test item of the scope from the test JVMs' runs; classes in {@code uncompiled} (with
     * the compiler's reason) did not run at all.
     */
    public List<ReportItem> tests(List<TestRunResult> runs, Map<String, String> uncompiled) {
        List<ReportItem> items = new ArrayList<>();
        for (TestClassSpec spec : descriptor.testsIn(scope)) {
            Optional<TestRunResult> run = runs.stream().filter(r -> r.testClasses().contains(spec.className())).findFirst();
            spec.points().forEach((method, points) -> {
                TestOutcome outcome = run.map(r -> r.outcomes().get(spec.testId(method))).orElse(null);
                if (outcome != null) {
                    items.add(fromOutcome(spec, method, points, outcome));
                } else {
                    items.add(notRun(spec, method, points, whyNotRun(spec, method, run, uncompiled)));
                }
            });
        }
        return items;
    }

    private static ReportItem fromOutcome(TestClassSpec spec, String method, double points, TestOutcome outcome) {
        String name = spec.simpleClassName() + ": " + outcome.displayName();
        OptionalLong millis = OptionalLong.of(outcome.millis());
        return switch (outcome.status()) {
            case PASSED -> new ReportItem(spec.testId(method), name, spec.visibility(), points, points,
                    ItemStatus.PASSED, "", outcome.output(), Optional.empty(), millis);
            case TIMED_OUT -> new ReportItem(spec.testId(method), name, spec.visibility(), points, 0,
                    ItemStatus.FAILED, "Timed out: " + outcome.detail(), outcome.output(), Optional.empty(), millis);
            case FAILED -> new ReportItem(spec.testId(method), name, spec.visibility(), points, 0,
                    ItemStatus.FAILED, outcome.detail(), outcome.output(), outcome.interleaving(), millis);
        };
    }

    private static String whyNotRun(TestClassSpec spec, String method, Optional<TestRunResult> ran,
                                    Map<String, String> uncompiled) {
        if (uncompiled.containsKey(spec.className()) || ran.isEmpty()) {
            return "The test could not be compiled against your code, which does not match the exercise's API:\n"
                    + uncompiled.getOrDefault(spec.className(), "");
        }
        TestRunResult run = ran.get();
        if (run.classFailures().containsKey(spec.className())) {
            return "The test class could not run: " + run.classFailures().get(spec.className());
        }
        if (run.unfinishedTest().filter(spec.testId(method)::equals).isPresent()) {
            return "This test was running when " + run.jvm().endingProblem() + ".";
        }
        String ending = run.jvm().endingProblem();
        return ending.isEmpty() ? "The test did not report a result." : "Not run: " + ending + ".";
    }

    private static ReportItem notRun(TestClassSpec spec, String method, double points, String reason) {
        return new ReportItem(spec.testId(method), spec.simpleClassName() + ": " + method, spec.visibility(), points, 0,
                ItemStatus.FAILED, reason, "");
    }

    public List<ReportItem> timingsNotRun(String reason) {
        return descriptor.timing().stream().map(spec -> timingNotRun(spec, reason)).toList();
    }

    /**
     * An item per timing check, in the descriptor's order: from its verdict if it was measured,
     * else failed with its reason in {@code notRunByWorkload}.
     */
    public List<ReportItem> timings(List<TimingVerdict> verdicts, Map<String, String> notRunByWorkload) {
        return descriptor.timing().stream().map(spec -> notRunByWorkload.containsKey(spec.workload())
                ? timingNotRun(spec, notRunByWorkload.get(spec.workload()))
                : fromVerdict(verdicts.stream().filter(verdict -> verdict.spec().workload().equals(spec.workload()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no verdict for " + spec.workload()))))
                .toList();
    }

    private static ReportItem timingNotRun(TimingSpec spec, String reason) {
        return new ReportItem(spec.itemId(), spec.name(), Visibility.PUBLIC, spec.points(), 0, ItemStatus.FAILED,
                reason, "");
    }

    private static ReportItem fromVerdict(TimingVerdict verdict) {
        TimingSpec spec = verdict.spec();
        ItemStatus status = verdict.inconclusive() ? ItemStatus.INCONCLUSIVE
                : verdict.credit() >= 1 ? ItemStatus.PASSED
                : verdict.credit() > 0 ? ItemStatus.PARTIAL : ItemStatus.FAILED;
        return new ReportItem(spec.itemId(), spec.name(), Visibility.PUBLIC, spec.points(), verdict.score(), status,
                verdict.explanation(), "");
    }
}
