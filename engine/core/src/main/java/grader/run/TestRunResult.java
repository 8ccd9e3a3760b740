package grader.run;

import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * What one test JVM reported: the test classes it was given, an outcome per test method that
 * finished, the failures of test classes that could not run (by class name), the test that was
 * running when the JVM ended early, and how the JVM itself ended. Immutable.
 */
public record TestRunResult(List<String> testClasses, Map<String, TestOutcome> outcomes,
                            Map<String, String> classFailures, Optional<String> unfinishedTest, ChildOutcome jvm) {

    public TestRunResult {
        testClasses = List.copyOf(testClasses);
        outcomes = Map.copyOf(outcomes);
        classFailures = Map.copyOf(classFailures);
    }

    /**
     * Why this run shows that the code can hang or bring its JVM down, in words for a report: a
     * test that timed out or could never finish, or a JVM that did not end by itself. Empty when
     * every test ended on its own.
     */
    public Optional<String> hang() {
        Optional<String> stuck = outcomes.values().stream()
                .filter(outcome -> outcome.status() == TestOutcome.Status.TIMED_OUT)
                .min(Comparator.comparing(TestOutcome::testId))
                .map(outcome -> "the test \"" + outcome.displayName() + "\" did not finish");
        return stuck.or(() -> Optional.of(jvm.endingProblem()).filter(problem -> !problem.isEmpty()));
    }
}
