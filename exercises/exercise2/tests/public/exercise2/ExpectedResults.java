package exercise2;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What {@link ProcessPool#map} must return, worked out in the test JVM with the given
 * {@link Worker#compute}, and the check of an answer against it that says in words what is wrong.
 * Not a test class; the test classes of this exercise share it.
 */
final class ExpectedResults {

    /** Tasks below this bound are instant (see {@link Worker#compute}). */
    static final long QUICK_BOUND = 1_000_000;

    private ExpectedResults() {
    }

    /** {@code count} random instant tasks. */
    static List<Long> quickInputs(SplittableRandom random, int count) {
        List<Long> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(random.nextLong(QUICK_BOUND));
        }
        return inputs;
    }

    /**
     * Fails, explaining how, unless {@code actual} holds {@code Worker.compute(inputs.get(i))} at
     * every position {@code i}. {@code call} names the call in the message, e.g. "map of 2,000 inputs".
     */
    static void assertResults(List<Long> inputs, List<Long> actual, String call) {
        if (actual == null) {
            fail(call + " returned null; it must return one result per input");
        }
        if (actual.size() != inputs.size()) {
            fail(call + " returned " + actual.size() + " results for " + inputs.size() + " inputs; "
                    + "it must return exactly one result per input");
        }
        Map<Long, Integer> positionOfResult = new HashMap<>();
        List<Long> expected = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            long result = Worker.compute(inputs.get(i));
            expected.add(result);
            positionOfResult.putIfAbsent(result, i);
        }
        for (int i = 0; i < inputs.size(); i++) {
            Long got = actual.get(i);
            if (got != null && got.longValue() == expected.get(i)) {
                continue;
            }
            String message = call + " returned " + got + " at position " + i + ", but the input there is "
                    + inputs.get(i) + " and Worker.compute(" + inputs.get(i) + ") is " + expected.get(i);
            Integer other = got == null ? null : positionOfResult.get(got);
            if (other != null) {
                message += ". " + got + " is the result of input " + inputs.get(other) + " at position " + other
                        + ": the results must come back in the order of the inputs, not in the order the"
                        + " workers finish them";
            } else if (got != null) {
                message += ". " + got + " is not the result of any input of this call: is it an answer left"
                        + " over from an earlier call?";
            }
            fail(message);
        }
    }

    /** For messages: "map([1, 2, 3])" for a few inputs, "map of 2,000 inputs" for many. */
    static String mapCall(List<Long> inputs) {
        return inputs.size() <= 8 ? "map(" + inputs + ")" : String.format("map of %,d inputs", inputs.size());
    }
}
