package grader.report;

import grader.api.model.GradebookRow;
import grader.api.model.ReportSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gradebook CSV of a batch: one row per student with the contract's columns ({@link
 * GradebookRow}). Not thread-safe; one per batch.
 */
public final class Gradebook {

    private final List<List<String>> rows = new ArrayList<>();

    public void add(String student, ReportSummary summary) {
        rows.add(GradebookRow.of(student, summary.score(), summary.maxScore(), summary));
    }

    public String toCsv() {
        return Stream.concat(Stream.of(GradebookRow.COLUMNS), rows.stream()).map(GradebookRow::csv)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Writes the gradebook whole or not at all. */
    public void write(Path file) {
        AtomicFile.write(file, toCsv());
    }
}
