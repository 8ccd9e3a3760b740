package grader.exercise;

import java.util.List;

/**
 * The static rules' part in an exercise: the points a clean submission earns for them, and the
 * rules the exercise lifts (by rule id, for example {@code processes} in exercise2, which starts
 * worker JVMs).
 */
public record PolicySettings(double points, List<String> allow) {

    public PolicySettings {
        allow = allow == null ? List.of() : List.copyOf(allow);
    }
}
