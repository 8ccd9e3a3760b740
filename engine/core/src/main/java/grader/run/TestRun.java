package grader.run;

import grader.child.interleaving.Timeline;
import grader.child.junit.TestRunner;
import grader.child.protocol.ChildArguments.MethodLimit;
import grader.child.protocol.ChildArguments.TestRunnerArguments;
import grader.child.protocol.ChildEvent;
import grader.child.protocol.ChildEvent.ContainerFailed;
import grader.child.protocol.ChildEvent.InterleavingFound;
import grader.child.protocol.ChildEvent.Stopped;
import grader.child.protocol.ChildEvent.TestFinished;
import grader.child.protocol.ChildEvent.TestStarted;
import grader.exercise.Limits;
import grader.exercise.TestClassSpec;
import grader.exercise.TestJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The test stage: runs an exercise's test classes against a compiled submission in one child
 * JVM, whose class path holds only the child runner, JUnit, the tests and the submission (and, for
 * classes that model-check, the model checker), and gathers what it reported.
 *
 * <p>Thread-safe: its fields are final and immutable, and each {@link #run} has its child JVM and
 * what it reported to itself, so graders on several threads may share one instance.
 */
public final class TestRun {

    private final ChildJvm jvm;
    private final List<Path> childClassPath;
    private final List<Path> modelCheckerClassPath;

    /**
     * @param childClassPath the runner's jar and JUnit's, see {@code GraderHome}
     * @param modelCheckerClassPath Lincheck's jars, added only for a {@link TestJvm#modelChecked()} run
     */
    public TestRun(ChildJvm jvm, List<Path> childClassPath, List<Path> modelCheckerClassPath) {
        this.jvm = jvm;
        this.childClassPath = List.copyOf(childClassPath);
        this.modelCheckerClassPath = List.copyOf(modelCheckerClassPath);
    }

    /**
     * Runs {@code testClasses}, which share the test JVM {@code testJvm}, with {@code compiledTests}
     * and {@code compiledSubmission} on the class path, in {@code scratch} as working folder, in the
     * JVM that {@code testJvm} describes (its extra options after the standard ones). Each test
     * method has its own time limit where the exercise fitted one, and the JVM as a whole the sum of
     * its methods' limits ({@link Limits#forRunOf}). Tests that do not finish may take
     * {@code overrunBudgetMillis} in all before every later one is cut short
     * ({@link TestRunResult#overrunMillis()} says how much of it this run spent).
     */
    public TestRunResult run(List<TestClassSpec> testClasses, TestJvm testJvm, List<String> studentClasses,
                             Path compiledTests, Path compiledSubmission, Path scratch, Limits exerciseLimits,
                             long overrunBudgetMillis) {
        Limits limits = exerciseLimits.forRunOf(testClasses);
        List<Path> classPath = new ArrayList<>(childClassPath);
        if (testJvm.modelChecked()) {
            classPath.addAll(modelCheckerClassPath);
        }
        classPath.add(compiledTests);
        classPath.add(compiledSubmission);
        List<String> classNames = testClasses.stream().map(TestClassSpec::className).toList();
        List<MethodLimit> ownLimits = testClasses.stream()
                .flatMap(spec -> spec.timeLimitSeconds().entrySet().stream()
                        .map(limit -> new MethodLimit(spec.testId(limit.getKey()), limit.getValue())))
                .toList();
        TestRunnerArguments arguments = new TestRunnerArguments(classNames, studentClasses,
                limits.testTimeoutSeconds(), ownLimits, overrunBudgetMillis);
        List<String> options = JvmOptions.forCorrectness(limits, scratch);
        if (testJvm.modelChecked()) {
            options.addAll(JvmOptions.forModelChecking());
        }
        options.addAll(testJvm.extraOptions());
        ChildOutcome outcome = jvm.run(new ChildLaunch(options, classPath,
                TestRunner.class.getName(), arguments.commandLine(), scratch, limits));
        return collect(classNames, outcome);
    }

    /** Folds the runner's events into outcomes; the session's {@code Done} says nothing here. */
    private static TestRunResult collect(List<String> testClasses, ChildOutcome outcome) {
        Map<String, TestOutcome> outcomes = new HashMap<>();
        Map<String, String> classFailures = new HashMap<>();
        Map<String, Timeline> interleavings = new HashMap<>();
        String running = null;
        for (ChildEvent event : outcome.events()) {
            if (event instanceof TestStarted started) {
                running = started.testId();
            } else if (event instanceof TestFinished finished) {
                TestOutcome test = new TestOutcome(finished.testId(), finished.displayName(),
                        status(finished.status()), finished.detail(), finished.output(),
                        Optional.ofNullable(interleavings.remove(finished.testId())), finished.millis());
                outcomes.merge(test.testId(), test, TestOutcome::merge);
                running = null;
            } else if (event instanceof InterleavingFound found) {
                interleavings.put(found.testId(), found.timeline());
            } else if (event instanceof ContainerFailed failed) {
                classFailures.putIfAbsent(failed.testClass(), failed.failure());
            } else if (event instanceof Stopped stopped && running != null) {
                outcomes.merge(running, new TestOutcome(running, running.substring(running.indexOf('#') + 1),
                        TestOutcome.Status.FAILED, "This test was running when " + outcome.endingProblem() + ".",
                        stopped.output(), 0), TestOutcome::merge);
                running = null;
            }
        }
        return new TestRunResult(testClasses, outcomes, classFailures, Optional.ofNullable(running), outcome);
    }

    private static TestOutcome.Status status(TestFinished.Status reported) {
        return switch (reported) {
            case PASSED -> TestOutcome.Status.PASSED;
            case FAILED -> TestOutcome.Status.FAILED;
            case TIMED_OUT -> TestOutcome.Status.TIMED_OUT;
        };
    }
}
