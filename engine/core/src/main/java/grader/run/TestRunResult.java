package grader.run;

import java.util.Map;
import java.util.Optional;

/**
 * What a test JVM reported: an outcome per test method that finished, the failures of test
 * classes that could not run (by class name), the test that was running when the JVM ended early,
 * and how the JVM itself ended.
 */
public record TestRunResult(Map<String, TestOutcome> outcomes, Map<String, String> classFailures,
                            Optional<String> unfinishedTest, ChildOutcome jvm) {

    public TestRunResult {
        outcomes = Map.copyOf(outcomes);
        classFailures = Map.copyOf(classFailures);
    }
}
