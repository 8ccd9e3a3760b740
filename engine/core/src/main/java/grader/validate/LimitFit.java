package grader.validate;

import grader.exercise.ExerciseDescriptor;
import grader.exercise.TestClassSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the time limits of an exercise's test methods to what its correct solutions need: the
 * slowest time any of them took on a method, over every grading {@code validate} ran, times a
 * generous {@link #FACTOR} (a busy machine, a slower one), never under {@link #FLOOR_SECONDS} (a
 * test JVM's first test also pays for loading and compiling) nor over the exercise's limit per
 * test. Also says where the descriptor's limits are tighter than that.
 *
 * <p>Not thread-safe: {@code validate} feeds it from its one thread.
 */
public final class LimitFit {

    public static final int FACTOR = 10;
    public static final int FLOOR_SECONDS = 5;

    /** The slowest time of each test method ({@code Class#method}) in the gradings of correct solutions. */
    private final Map<String, Long> slowestMillis = new HashMap<>();

    /** One grading of a correct solution took {@code millis} on test method {@code testId}, all its invocations together. */
    public void record(String testId, long millis) {
        slowestMillis.merge(testId, millis, Math::max);
    }

    /** The limit this fit gives {@code testId}, or the exercise's own limit per test if no correct solution ran it. */
    public int limitSeconds(String testId, int ceiling) {
        Long slowest = slowestMillis.get(testId);
        if (slowest == null) {
            return ceiling;
        }
        long fitted = Math.max(FLOOR_SECONDS, (FACTOR * slowest + 999) / 1000);
        return (int) Math.min(ceiling, fitted);
    }

    /**
     * The fitted limits as the descriptor keeps them: one {@code "timeLimitSeconds"} object per
     * test class, to put into that class's entry of {@code exercise.json}.
     */
    public String descriptorFragment(ExerciseDescriptor descriptor) {
        StringBuilder text = new StringBuilder();
        int ceiling = descriptor.limits().testTimeoutSeconds();
        for (TestClassSpec spec : descriptor.tests()) {
            List<String> entries = new ArrayList<>();
            for (String method : spec.points().keySet()) {
                entries.add(String.format(Locale.ROOT, "\"%s\": %d", method, limitSeconds(spec.testId(method), ceiling)));
            }
            text.append(spec.className()).append(":\n  \"timeLimitSeconds\": { ")
                    .append(String.join(", ", entries)).append(" }\n");
        }
        return text.toString();
    }

    /**
     * The test methods whose limit in the descriptor is below what this fit asks for, each with
     * the slowest time seen: a correct solution on a busy machine could run out of time there.
     */
    public Map<String, String> tooTight(ExerciseDescriptor descriptor) {
        Map<String, String> tight = new LinkedHashMap<>();
        int ceiling = descriptor.limits().testTimeoutSeconds();
        for (TestClassSpec spec : descriptor.tests()) {
            spec.methodLimits(ceiling).forEach((testId, limit) -> {
                if (limit < limitSeconds(testId, ceiling)) {
                    tight.put(testId, String.format(Locale.ROOT, "limit %d s, but a correct solution took %.2f s",
                            limit, slowestMillis.get(testId) / 1000.0));
                }
            });
        }
        return tight;
    }
}
