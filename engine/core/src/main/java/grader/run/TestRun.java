package grader.run;

import grader.child.ChildArguments;
import grader.child.channel.ChannelMessage;
import grader.child.interleaving.Timeline;
import grader.child.junit.TestEvents;
import grader.child.junit.TestRunner;
import grader.exercise.Limits;
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
     * Runs {@code testClasses} (fully qualified) with {@code compiledTests} and
     * {@code compiledSubmission} on the class path, in {@code scratch} as working folder, in the
     * JVM that {@code testJvm} describes (its extra options after the standard ones).
     */
    public TestRunResult run(List<String> testClasses, TestJvm testJvm, List<String> studentClasses,
                             Path compiledTests, Path compiledSubmission, Path scratch, Limits limits) {
        List<Path> classPath = new ArrayList<>(childClassPath);
        if (testJvm.modelChecked()) {
            classPath.addAll(modelCheckerClassPath);
        }
        classPath.add(compiledTests);
        classPath.add(compiledSubmission);
        List<String> arguments = ChildArguments.builder()
                .withList("tests", testClasses)
                .withList("student-classes", studentClasses)
                .with("timeout-seconds", limits.testTimeoutSeconds())
                .build();
        List<String> options = JvmOptions.forCorrectness(limits, scratch);
        if (testJvm.modelChecked()) {
            options.addAll(JvmOptions.forModelChecking());
        }
        options.addAll(testJvm.extraOptions());
        ChildOutcome outcome = jvm.run(new ChildLaunch(options, classPath,
                TestRunner.class.getName(), arguments, scratch, limits));
        return collect(testClasses, outcome);
    }

    private static TestRunResult collect(List<String> testClasses, ChildOutcome outcome) {
        Map<String, TestOutcome> outcomes = new HashMap<>();
        Map<String, String> classFailures = new HashMap<>();
        Map<String, Timeline> interleavings = new HashMap<>();
        String running = null;
        for (ChannelMessage message : outcome.messages()) {
            switch (message.type()) {
                case TestEvents.STARTED -> running = message.field(0);
                case TestEvents.FINISHED -> {
                    TestOutcome finished = new TestOutcome(message.field(0), message.field(1),
                            status(message.field(2)), message.field(3), message.field(4),
                            Optional.ofNullable(interleavings.remove(message.field(0))));
                    outcomes.merge(finished.testId(), finished, TestOutcome::merge);
                    running = null;
                }
                case TestEvents.INTERLEAVING -> interleavings.put(message.field(0),
                        Timeline.fromFields(message.fields().subList(1, message.fields().size())));
                case TestEvents.CONTAINER_FAILED -> classFailures.putIfAbsent(message.field(0), message.field(1));
                case TestEvents.STOPPED -> {
                    if (running != null) {
                        outcomes.merge(running, new TestOutcome(running, running.substring(running.indexOf('#') + 1),
                                TestOutcome.Status.FAILED, "This test was running when " + outcome.endingProblem() + ".",
                                message.field(1)), TestOutcome::merge);
                        running = null;
                    }
                }
                default -> { }
            }
        }
        return new TestRunResult(testClasses, outcomes, classFailures, Optional.ofNullable(running), outcome);
    }

    private static TestOutcome.Status status(String reported) {
        return switch (reported) {
            case TestEvents.PASSED -> TestOutcome.Status.PASSED;
            case TestEvents.TIMED_OUT -> TestOutcome.Status.TIMED_OUT;
            default -> TestOutcome.Status.FAILED;
        };
    }
}
