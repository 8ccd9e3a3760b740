package grader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import grader.exercise.TimingKind;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import java.util.Locale;
import java.util.stream.StreamSupport;

/**
 * One student's row of a batch: the gradebook's columns, and whether the grade is new, was taken
 * from the report an earlier run of the batch wrote, or the submission was refused.
 */
public record BatchResult(String student, double score, double maxScore, String speedup, String status, Origin origin) {

    public enum Origin { GRADED, RESUMED, REJECTED }

    private static final String INCONCLUSIVE = "inconclusive: re-run";
    private static final String GRADED = "graded";

    static BatchResult graded(String student, GradeReport report) {
        String speedup = report.timings().stream()
                .filter(verdict -> verdict.spec().kind() == TimingKind.SPEEDUP && !Double.isNaN(verdict.figures().speedup()))
                .map(verdict -> format(verdict.figures().speedup()))
                .findFirst().orElse("");
        boolean inconclusive = report.items().stream().anyMatch(item -> item.status() == ItemStatus.INCONCLUSIVE);
        return new BatchResult(student, report.score(), report.maxScore(), speedup,
                inconclusive ? INCONCLUSIVE : GRADED, Origin.GRADED);
    }

    static BatchResult rejected(String student, double maxScore, String reason) {
        return new BatchResult(student, 0, maxScore, "", "rejected: " + reason, Origin.REJECTED);
    }

    /** The row of a report in the contract's JSON format, as {@code grade-all} wrote it before. */
    static BatchResult resumed(String student, JsonNode report) {
        String speedup = StreamSupport.stream(report.path("speedup").spliterator(), false)
                .filter(check -> "speedup".equals(check.path("kind").asText()) && check.path("speedup").isNumber())
                .map(check -> format(check.path("speedup").asDouble()))
                .findFirst().orElse("");
        boolean inconclusive = StreamSupport.stream(report.path("tests").spliterator(), false)
                .anyMatch(test -> "inconclusive".equals(test.path("outcome").asText()));
        return new BatchResult(student, report.path("score").asDouble(), report.path("max_score").asDouble(), speedup,
                inconclusive ? INCONCLUSIVE : GRADED, Origin.RESUMED);
    }

    /** Whether the grade is final: an inconclusive speedup asks for a re-run. */
    public boolean settled() {
        return !status.equals(INCONCLUSIVE);
    }

    private static String format(double speedup) {
        return String.format(Locale.ROOT, "%.2f", speedup);
    }
}
