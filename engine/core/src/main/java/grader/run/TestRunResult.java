package grader.run;

import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * Why this run shows that timing the code would only wait out the limits again, in words for a
     * report: one of {@code neededTests} (the tests that call the code as a timing check does, on
     * inputs as large) timed out or could never finish, or the JVM did not end by itself. Empty
     * otherwise: a test that was only too slow on small inputs says nothing of the timed inputs.
     */
    public Optional<String> timingDeadEnd(Set<String> neededTests) {
        Optional<String> stuck = outcomes.values().stream()
                .filter(outcome -> outcome.status() == TestOutcome.Status.TIMED_OUT
                        && neededTests.contains(outcome.testId()))
                .min(Comparator.comparing(TestOutcome::testId))
                .map(outcome -> "the test \"" + outcome.displayName() + "\" did not finish");
        return stuck.or(() -> Optional.of(jvm.endingProblem()).filter(problem -> !problem.isEmpty()));
    }

    /**
     * How long this run's tests that did not finish ran before they were stopped, in milliseconds:
     * what they spent of the grading's time for such tests.
     */
    public long overrunMillis() {
        return outcomes.values().stream().filter(outcome -> outcome.status() == TestOutcome.Status.TIMED_OUT)
                .mapToLong(TestOutcome::millis).sum();
    }
}
