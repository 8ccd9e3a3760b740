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
 * test JVM's first test also pays for loading and compiling). Where that would pass the exercise's
 * limit per test, a test that long is mostly its own work, which a busy machine slows a few times
 * at most: it gets {@link #LONG_TEST_FACTOR} times its slowest, and at least the limit per test.
 * (Capping it at the limit per test instead hid a model-checking test that a correct solution on
 * a busy machine ran out of.) Also says where the descriptor's limits are tighter than that.
 *
 * <p>Not thread-safe: {@code validate} feeds it from its one thread.
 */
public final class LimitFit {

    public static final int FACTOR = 10;
    public static final int FLOOR_SECONDS = 5;
    public static final int LONG_TEST_FACTOR = 3;

    /** The slowest time of each test method ({@code Class#method}) in the gradings of correct solutions. */
    private final Map<String, Long> slowestMillis = new HashMap<>();

    /** One grading of a correct solution took {@code millis} on test method {@code testId}, all its invocations together. */
    public void record(String testId, long millis) {
        slowestMillis.merge(testId, millis, Math::max);
    }

    /** The limit this fit gives {@code testId}, or the exercise's own limit per test if no correct solution ran it. */
    public int limitSeconds(String testId, int perTestLimit) {
        Long slowest = slowestMillis.get(testId);
        if (slowest == null) {
            return perTestLimit;
        }
        long fitted = Math.max(FLOOR_SECONDS, seconds(FACTOR * slowest));
        if (fitted <= perTestLimit) {
            return (int) fitted;
        }
        return (int) Math.max(perTestLimit, seconds(LONG_TEST_FACTOR * slowest));
    }

    private static long seconds(long millis) {
        return (millis + 999) / 1000;
    }

    /**
     * The fitted limits as the descriptor keeps them: one {@code "timeLimitSeconds"} object per
     * test class, to put into that class's entry of {@code exercise.json}.
     */
    public String descriptorFragment(ExerciseDescriptor descriptor) {
        StringBuilder text = new StringBuilder();
        int perTestLimit = descriptor.limits().testTimeoutSeconds();
        for (TestClassSpec spec : descriptor.tests()) {
            List<String> entries = new ArrayList<>();
            for (String method : spec.points().keySet()) {
                entries.add(String.format(Locale.ROOT, "\"%s\": %d", method, limitSeconds(spec.testId(method), perTestLimit)));
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
        int perTestLimit = descriptor.limits().testTimeoutSeconds();
        for (TestClassSpec spec : descriptor.tests()) {
            spec.methodLimits(perTestLimit).forEach((testId, limit) -> {
                if (limit < limitSeconds(testId, perTestLimit)) {
                    tight.put(testId, String.format(Locale.ROOT, "limit %d s, but a correct solution took %.2f s",
                            limit, slowestMillis.get(testId) / 1000.0));
                }
            });
        }
        return tight;
    }
}
