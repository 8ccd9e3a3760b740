package grader.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times the stages of one grading, in the order they ran. Not thread-safe; one per grading. */
final class StageClock {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    Map<String, Long> stageMillis() {
        return millis;
    }
}
