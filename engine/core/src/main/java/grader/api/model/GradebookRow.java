package grader.api.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How every gradebook writes its rows: the contract's columns first (student, score, max_score,
 * speedup, status), filled from the student's {@link ReportSummary}, and each row as RFC 4180
 * fields. {@code grade-all}'s CSV is these columns alone; the web's export adds its own after
 * them. Stateless.
 */
public final class GradebookRow {

    /** The contract's columns, in its order. */
    public static final List<String> COLUMNS = List.of("student", "score", "max_score", "speedup", "status");

    private GradebookRow() {
    }

    /**
     * The contract's columns of one student: {@code score} and {@code maxScore} as the gradebook
     * counts them (the web's after the late penalty), speedup and status from {@code summary}.
     */
    public static List<String> of(String student, double score, double maxScore, ReportSummary summary) {
        return List.of(student, PointsFormat.format(score), PointsFormat.format(maxScore), summary.speedupText(),
                summary.status().word());
    }

    /** One row as CSV: fields joined by commas, each quoted where it holds a comma, a quote or a line break. */
    public static String csv(List<String> fields) {
        return fields.stream().map(GradebookRow::quote).collect(Collectors.joining(","));
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
