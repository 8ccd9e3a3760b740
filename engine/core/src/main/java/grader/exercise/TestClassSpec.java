package grader.exercise;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test class of an exercise and the points of each of its test methods, by method name. A
 * parameterized method earns its points only if every invocation passes. {@code jvmOptions}, if
 * any, are added to the options of the test JVM that runs this class (for example
 * {@code -XX:ActiveProcessorCount=3}, to see that pool sizes follow the machine); classes with the
 * same options share a JVM. {@code modelChecked} marks a class whose tests use the model checker
 * (Lincheck): it runs in a JVM of its own, the only one with the checker on its class path.
 */
public record TestClassSpec(@JsonProperty("class") String className, Visibility visibility, Map<String, Double> points,
                            List<String> jvmOptions, boolean modelChecked) {

    public TestClassSpec {
        points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
        jvmOptions = jvmOptions == null ? List.of() : List.copyOf(jvmOptions);
    }

    /** The test JVM this class runs in. */
    public TestJvm jvm() {
        return new TestJvm(jvmOptions, modelChecked);
    }

    public String testId(String method) {
        return className + "#" + method;
    }

    public String simpleClassName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
