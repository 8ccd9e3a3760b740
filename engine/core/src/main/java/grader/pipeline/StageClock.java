package grader.pipeline;

import grader.api.model.GradingListener;
import grader.api.model.Stage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times the stages of one grading, in the order they ran, and tells the grading's listener as each
 * begins. Not thread-safe; one per grading, used by the thread that grades it.
 */
final class StageClock {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final GradingListener listener;

    StageClock(GradingListener listener) {
        this.listener = listener;
    }

    <T> T time(Stage stage, Supplier<T> work) {
        listener.stageStarted(stage);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(stage.word(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    Map<String, Long> stageMillis() {
        return millis;
    }
}
