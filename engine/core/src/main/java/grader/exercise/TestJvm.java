package grader.exercise;

import java.util.List;

/**
 * What a test JVM must be given beyond the standard: extra JVM options, and whether it carries
 * the model checker (Lincheck) for tests that explore thread interleavings. Test classes that ask
 * for the same share one JVM; a model-checking JVM runs only the classes that model-check, so
 * the checker's agent and 15 MB of jars stay out of every other run.
 */
public record TestJvm(List<String> extraOptions, boolean modelChecked) {

    public TestJvm {
        extraOptions = List.copyOf(extraOptions);
    }
}
