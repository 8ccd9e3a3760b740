package grader.web.testing;

import grader.api.model.Report;
import grader.web.queue.GradeOutcome;
import grader.web.queue.SubmissionGrader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for the engine, for queue, access and load tests: waits {@code millis}, then
 * returns 7 of 10 points with one visible and one hidden test, a speedup of 1.5 and the report as
 * the contract's JSON. The first {@code infrastructureFailures} calls fail as the grader's own
 * error would.
 */
public final class FakeGrader implements SubmissionGrader {

    public static final String HIDDEN_TEST = "SecretHiddenTest: wrapping overflow";

    private final long millis;
    private final AtomicInteger failuresLeft;
    private final AtomicInteger calls = new AtomicInteger();

    public FakeGrader(long millis, int infrastructureFailures) {
        this.millis = millis;
        this.failuresLeft = new AtomicInteger(infrastructureFailures);
    }

    @Override
    public GradeOutcome grade(String exerciseId, Path submission) {
        calls.incrementAndGet();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading", e);
        }
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("the test JVM could not be started (simulated)");
        }
        String report = """
                {"score": 7, "max_score": 10, "execution_time": 0.1, "output": "",
                 "tests": [
                   {"name": "PublicCheck: small arrays", "score": 3, "max_score": 3, "status": "passed", "output": "", "visibility": "visible", "outcome": "passed"},
                   {"name": "%s", "score": 4, "max_score": 7, "status": "failed", "output": "expected 5 but was 4", "visibility": "after_published", "outcome": "failed"}
                 ],
                 "speedup": [{"name": "Speedup on all cores", "kind": "speedup", "credit": 0.5, "inconclusive": false, "cores": 2, "threads": 2, "trials": 10, "clean_trials": 8, "speedup": 1.5, "explanation": "Half credit: 1.50x."}],
                 "host": {"name": "fake-host", "cores": 2, "java": "17.0.15", "isolation": ["fake"]}}
                """.formatted(HIDDEN_TEST);
        return new GradeOutcome(Report.fromJson(report), 0);
    }

    /**
     * This grader, appending one line per grading started to {@code log} (the name of the folder
     * that holds the submission), so that tests with several processes can count gradings.
     */
    public SubmissionGrader loggingTo(Path log) {
        return (exercise, submission) -> {
            try {
                Files.writeString(log, submission.getParent().getFileName() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return grade(exercise, submission);
        };
    }

    public int calls() {
        return calls.get();
    }
}
