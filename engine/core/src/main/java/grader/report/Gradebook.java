package grader.report;

import grader.api.model.PointsFormat;
import grader.api.model.ReportSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gradebook CSV of a batch: one row per student with the columns student, score, max_score,
 * speedup and status (RFC 4180 quoting), each from the student's {@link ReportSummary}. Not
 * thread-safe; one per batch.
 */
public final class Gradebook {

    private final List<List<String>> rows = new ArrayList<>();

    public void add(String student, ReportSummary summary) {
        rows.add(List.of(student, PointsFormat.format(summary.score()), PointsFormat.format(summary.maxScore()),
                summary.speedupText(), summary.status().word()));
    }

    public String toCsv() {
        return Stream.concat(Stream.of(List.of("student", "score", "max_score", "speedup", "status")), rows.stream())
                .map(row -> row.stream().map(Gradebook::quote).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Writes the gradebook whole or not at all. */
    public void write(Path file) {
        AtomicFile.write(file, toCsv());
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
