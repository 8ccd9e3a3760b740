package grader.exercise;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test class of an exercise and the points of each of its test methods, by method name. A
 * parameterized method earns its points only if every invocation passes.
 */
public record TestClassSpec(@JsonProperty("class") String className, Visibility visibility, Map<String, Double> points) {

    public TestClassSpec {
        points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }

    public String testId(String method) {
        return className + "#" + method;
    }

    public String simpleClassName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
