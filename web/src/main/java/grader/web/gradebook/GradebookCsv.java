package grader.web.gradebook;

import grader.report.PointsFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The course's gradebook CSV of one exercise: a row for every student on the roster. The
 * contract's columns come first and as the contract fixes them (student, score, max_score,
 * speedup, status), so a tool that reads the grader's batch gradebook reads this one; then the
 * student's name, the best submission's days late and its late penalty in percent. A student with
 * no graded submission scores 0 with status {@code missing}; {@code passed} is full marks after
 * penalties, {@code failed} anything less. RFC 4180 quoting. Not thread-safe; one per export.
 */
public final class GradebookCsv {

    static final List<String> COLUMNS = List.of("student", "score", "max_score", "speedup", "status", "name",
            "late_days", "penalty_percent");

    private final List<List<String>> rows = new ArrayList<>();

    /** The row of a student with a graded submission. */
    public void add(BestScore standing) {
        rows.add(List.of(standing.username(), PointsFormat.format(Points.round(standing.best())),
                PointsFormat.format(standing.maxScore()),
                standing.speedup() == null ? "" : String.format(Locale.ROOT, "%.2f", standing.speedup()),
                standing.fullMarks() ? "passed" : "failed", standing.displayName(), Integer.toString(standing.lateDays()),
                PointsFormat.format(Points.round(standing.penalty() * 100))));
    }

    /** The row of a student with nothing graded in this exercise. */
    public void addMissing(String username, String displayName, double maxScore) {
        rows.add(List.of(username, "0", PointsFormat.format(maxScore), "", "missing", displayName, "0", "0"));
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
