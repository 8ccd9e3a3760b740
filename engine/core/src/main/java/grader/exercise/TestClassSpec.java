package grader.exercise;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
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
 *
 * <p>{@code timeLimitSeconds} gives test methods limits of their own, fitted to what the reference
 * solution needs (measured by {@code ./grader validate EXERCISE --fit-limits}, which prints them),
 * for all of a method's invocations together; a method without one has the exercise's
 * {@link Limits#testTimeoutSeconds()} per invocation.
 */
public record TestClassSpec(@JsonProperty("class") String className, Visibility visibility, Map<String, Double> points,
                            List<String> jvmOptions, boolean modelChecked, Map<String, Integer> timeLimitSeconds) {

    public TestClassSpec {
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        jvmOptions = jvmOptions == null ? List.of() : List.copyOf(jvmOptions);
        timeLimitSeconds = timeLimitSeconds == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(timeLimitSeconds));
        for (Map.Entry<String, Integer> limit : timeLimitSeconds.entrySet()) {
            if (!points.containsKey(limit.getKey()) || limit.getValue() < 1) {
                throw new IllegalArgumentException(className + ": a time limit needs a test method with points and at"
                        + " least 1 second, not " + limit.getKey() + "=" + limit.getValue());
            }
        }
    }

    /**
     * The seconds each test method of this class may take, all its invocations together: its own
     * limit, or {@code ceiling} (the exercise's limit per invocation) for a method without one.
     */
    public Map<String, Integer> methodLimits(int ceiling) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        points.keySet().forEach(method -> limits.put(testId(method), timeLimitSeconds.getOrDefault(method, ceiling)));
        return limits;
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
