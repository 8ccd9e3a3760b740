package grader.batch;

import grader.api.model.Report;
import grader.api.model.ReportSummary;

/**
 * One student's row of a batch: the report, and whether it is new, was taken from the report an
 * earlier run of the batch wrote, or is the refusal of the submission. Immutable.
 */
public record BatchResult(String student, Report report, Origin origin) {

    public enum Origin { GRADED, RESUMED, REJECTED }

    /** The gradebook's columns of this row, as every gradebook computes them. */
    public ReportSummary summary() {
        return report.summary();
    }
}
