package grader.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one test JVM reported: the test classes it was given, an outcome per test method that
 * finished, the failures of test classes that could not run (by class name), the test that was
 * running when the JVM ended early, and how the JVM itself ended.
 */
public record TestRunResult(List<String> testClasses, Map<String, TestOutcome> outcomes,
                            Map<String, String> classFailures, Optional<String> unfinishedTest, ChildOutcome jvm) {

    public TestRunResult {
        testClasses = List.copyOf(testClasses);
        outcomes = Map.copyOf(outcomes);
        classFailures = Map.copyOf(classFailures);
    }
}
