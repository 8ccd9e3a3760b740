package grader.web.gradebook;

import grader.api.model.GradeStatus;
import grader.api.model.PointsFormat;
import grader.api.model.ReportSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The course's gradebook CSV of one exercise: a row for every student on the roster. The
 * contract's columns come first and as the contract fixes them (student, score, max_score,
 * speedup, status), so a tool that reads the grader's batch gradebook reads this one; then the
 * student's name, the best submission's days late and its late penalty in percent. The status is
 * the engine's word for the best submission's report ({@link GradeStatus}), as in {@code
 * grade-all}'s gradebook; a student with no graded submission scores 0 with status {@code missing}.
 * RFC 4180 quoting. Not thread-safe; one per export.
 */
public final class GradebookCsv {

    static final List<String> COLUMNS = List.of("student", "score", "max_score", "speedup", "status", "name",
            "late_days", "penalty_percent");

    private final List<List<String>> rows = new ArrayList<>();

    /**
     * The row of a student with a graded submission, whose best one's report sums up as
     * {@code best}: its speedup and status; the score is the standing's, after the late penalty.
     */
    public void add(BestScore standing, ReportSummary best) {
        rows.add(List.of(standing.username(), PointsFormat.format(Points.round(standing.best())),
                PointsFormat.format(standing.maxScore()), best.speedupText(), best.status().word(),
                standing.displayName(), Integer.toString(standing.lateDays()),
                PointsFormat.format(Points.round(standing.penalty() * 100))));
    }

    /** The row of a student with nothing graded in this exercise. */
    public void addMissing(String username, String displayName, double maxScore) {
        rows.add(List.of(username, "0", PointsFormat.format(maxScore), "", GradeStatus.MISSING.word(), displayName, "0", "0"));
    }

    public String toCsv() {
        return Stream.concat(Stream.of(COLUMNS), rows.stream())
                .map(row -> row.stream().map(GradebookCsv::quote).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
