package grader.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.api.GradingEngine;
import grader.api.model.GradeStatus;
import grader.api.model.ReportSummary;
import grader.pipeline.GraderHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade-all}'s two rounds on exercise4's own solutions: every correctness part has begun
 * (and those with nothing left to measure have ended) before the first speedup phase, each
 * submission still gets the verdict it gets alone, and a second run keeps the settled reports.
 */
class BatchGradingTest {

    private static final GraderHome HOME = GraderHome.fromSystemProperty();
    private static final GradingEngine ENGINE = GradingEngine.open(HOME.root());
    private static final Path SOLUTIONS = HOME.root().resolve("solutions/exercise4");

    @TempDir
    Path work;

    @Test
    void speedupPhasesComeAfterEveryCorrectnessPartAndVerdictsHold() throws IOException {
        Path reports = Files.createDirectories(work.resolve("reports"));
        Path reference = SOLUTIONS.resolve("reference");
        Path doesNotCompile = Files.createDirectories(work.resolve("carol"));
        Files.writeString(doesNotCompile.resolve("ParallelSum.java"),
                Files.readString(reference.resolve("exercise4/ParallelSum.java")).replaceFirst("return ", "return return "));
        List<BatchEntry> entries = List.of(
                new BatchEntry("alice", reference),
                new BatchEntry("bob", SOLUTIONS.resolve("broken/sequential")),
                new BatchEntry("carol", doesNotCompile),
                new BatchEntry("dave", reference));

        RecordingProgress progress = new RecordingProgress();
        List<BatchResult> rows = batch(reports).run(entries, progress);

        int firstMeasuring = progress.events.indexOf(progress.events.stream()
                .filter(event -> event.startsWith("measuring")).findFirst().orElseThrow());
        List<String> beforeMeasuring = progress.events.subList(0, firstMeasuring);
        for (String student : List.of("alice", "bob", "carol", "dave")) {
            assertTrue(beforeMeasuring.contains("started " + student), () -> student + " began after a speedup phase: " + progress.events);
        }
        assertTrue(beforeMeasuring.contains("finished carol"), () -> "carol, with nothing to measure, waited: " + progress.events);

        assertEquals(List.of("alice", "bob", "carol", "dave"), rows.stream().map(BatchResult::student).toList());
        ReportSummary alice = rows.get(0).summary();
        ReportSummary bob = rows.get(1).summary();
        // However busy the machine, the reference keeps every point and the sequential solution
        // fails the speedup check: the threads' own clocks decide, and they are never undecided.
        assertEquals(alice.maxScore(), alice.score(), () -> "the reference lost points: " + alice);
        assertTrue(rows.stream().allMatch(row -> row.summary().status() == GradeStatus.GRADED), () -> "an undecided grade: " + rows);
        assertTrue(bob.score() < bob.maxScore(), () -> "the sequential solution kept every point: " + bob);
        assertEquals("failed", speedupOutcome(reports.resolve("bob.json")), () -> "the sequential solution's speedup check: " + bob);
        assertTrue(bob.mainSpeedup().orElseThrow() < 1.3, () -> "the sequential solution measured as parallel: " + bob);
        assertEquals(0, rows.get(2).summary().score(), () -> "code that does not compile scored: " + rows.get(2));
        for (BatchEntry entry : entries) {
            assertTrue(Files.isRegularFile(reports.resolve(entry.student() + ".json")), () -> "no report for " + entry.student());
        }

        RecordingProgress again = new RecordingProgress();
        List<BatchResult> resumed = batch(reports).run(entries, again);
        for (BatchResult row : rows) {
            // Every settled grade is kept, not graded again.
            assertFalse(again.events.contains("started " + row.student()), () -> row + " then " + again.events);
        }
        // Read back, each kept report sums up as it did when it was graded.
        assertEquals(rows.stream().map(BatchResult::summary).toList(),
                resumed.stream().filter(row -> row.origin() == BatchResult.Origin.RESUMED).map(BatchResult::summary).toList());
    }

    /** The outcome of the report's speedup check, as other course tools read it. */
    private static String speedupOutcome(Path report) throws IOException {
        for (JsonNode test : new ObjectMapper().readTree(report.toFile()).path("tests")) {
            if (test.path("id").asText().equals("timing:Speedup on all cores")) {
                return test.path("outcome").asText();
            }
        }
        throw new AssertionError("no speedup check in " + report);
    }

    private static BatchGrading batch(Path reports) {
        return new BatchGrading(ENGINE, "exercise4", Optional.of(reports), false, 2);
    }

    private static final class RecordingProgress implements BatchProgress {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void started(BatchEntry entry) {
            events.add("started " + entry.student());
        }

        @Override
        public void measuring(BatchEntry entry) {
            events.add("measuring " + entry.student());
        }

        @Override
        public void finished(BatchResult result) {
            events.add("finished " + result.student());
        }

        @Override
        public void ended() {
            events.add("ended");
        }
    }
}
