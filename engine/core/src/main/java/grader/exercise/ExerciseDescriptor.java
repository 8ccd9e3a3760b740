package grader.exercise;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An exercise's {@code exercise.json}: what it is, which package submissions use, which files are
 * the grader's own ({@code given}, by file name in the package), the limits of its test JVMs, its
 * static rules, its test classes and timing checks, and the points of each.
 */
public record ExerciseDescriptor(String id, String title, @JsonProperty("package") String packageName, List<String> given,
                                 Limits limits, PolicySettings policy, List<TestClassSpec> tests,
                                 List<TimingSpec> timing) {

    public ExerciseDescriptor {
        given = given == null ? List.of() : List.copyOf(given);
        tests = tests == null ? List.of() : List.copyOf(tests);
        timing = timing == null ? List.of() : List.copyOf(timing);
    }

    /** The points of everything graded in {@code scope}. */
    public double maxScore(GradingScope scope) {
        double total = policy.points();
        for (TestClassSpec spec : testsIn(scope)) {
            total += spec.points().values().stream().mapToDouble(Double::doubleValue).sum();
        }
        return total + timing.stream().mapToDouble(TimingSpec::points).sum();
    }

    /** The fully qualified names of the given classes ({@code Worker.java} → {@code exercise2.Worker}). */
    public Set<String> givenClassNames() {
        return given.stream().map(file -> packageName + "." + file.substring(0, file.length() - ".java".length()))
                .collect(Collectors.toSet());
    }

    public List<TestClassSpec> testsIn(GradingScope scope) {
        return tests.stream().filter(spec -> scope.includes(spec.visibility())).toList();
    }
}
