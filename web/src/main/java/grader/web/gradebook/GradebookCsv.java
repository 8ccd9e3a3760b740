package grader.web.gradebook;

import grader.api.model.GradeStatus;
import grader.api.model.GradebookRow;
import grader.api.model.PointsFormat;
import grader.api.model.ReportSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The course's gradebook CSV of one exercise: a row for every student on the roster. The
 * contract's columns come first and as the contract fixes them (student, score, max_score,
 * speedup, status), so a tool that reads the grader's batch gradebook reads this one; then the
 * student's name, the best submission's days late and its late penalty in percent, and the comment
 * of a score set by hand (the score column then holds that score). The status is
 * the engine's word for the best submission's report ({@link GradeStatus}), as in {@code
 * grade-all}'s gradebook; a student with no graded submission scores 0 with status {@code missing}.
 * Rows written as every gradebook writes them ({@link GradebookRow}), lines ended by CRLF as
 * RFC 4180 has them. Not thread-safe; one per export.
 */
public final class GradebookCsv {

    /** The contract's columns, then the course's own. */
    static final List<String> COLUMNS = Stream.concat(GradebookRow.COLUMNS.stream(),
            Stream.of("name", "late_days", "penalty_percent", "override_comment")).toList();

    private final List<List<String>> rows = new ArrayList<>();

    /**
     * The row of a student with a graded submission, whose best one's report sums up as
     * {@code best}: its speedup and status; the score is the standing's, after the late penalty
     * or as set by hand.
     */
    public void add(BestScore standing, ReportSummary best) {
        addRow(GradebookRow.of(standing.username(), Points.round(standing.best()), standing.maxScore(), best),
                standing.displayName(), standing.lateDays(), standing.penalty(),
                standing.override() == null ? "" : standing.override().comment());
    }

    /** The row of a student with nothing graded in this exercise. */
    public void addMissing(String username, String displayName, double maxScore) {
        addRow(GradebookRow.of(username, 0, maxScore, new ReportSummary(0, maxScore, Optional.empty(), GradeStatus.MISSING)),
                displayName, 0, 0, "");
    }

    private void addRow(List<String> contractColumns, String displayName, int lateDays, double penalty, String overrideComment) {
        List<String> row = new ArrayList<>(contractColumns);
        row.addAll(List.of(displayName, Integer.toString(lateDays), PointsFormat.format(Points.round(penalty * 100)),
                overrideComment));
        rows.add(row);
    }

    public String toCsv() {
        return Stream.concat(Stream.of(COLUMNS), rows.stream()).map(GradebookRow::csv)
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }
}
