package grader.web.queue;

import grader.api.model.GradeStatus;
import grader.api.model.Report;

/**
 * What one grading found, as the gradebook keeps it: the report, and how many static rules the
 * code broke. The columns the results table keeps beside the report for lists to sort and filter
 * by (score, maximum, main speedup, whether a speedup verdict is pending) are the report's
 * {@link Report#summary() summary}, never computed here. Immutable.
 */
public record GradeOutcome(Report report, int violations) {

    /** The engine refused the submission itself (its intake rules changed since it was stored): a zero with the reason. */
    public static GradeOutcome refused(String reason) {
        return new GradeOutcome(Report.rejected(reason, 0), 0);
    }

    /** The score before any late penalty. */
    public double score() {
        return report.summary().score();
    }

    public double maxScore() {
        return report.summary().maxScore();
    }

    /** The main speedup figure; null where the exercise measures none (a nullable column). */
    public Double speedup() {
        return report.summary().mainSpeedup().orElse(null);
    }

    /** Whether a speedup verdict is still pending (the results table's {@code inconclusive} column). */
    public boolean inconclusive() {
        return report.summary().status() == GradeStatus.PENDING;
    }

    /** The report as the contract's JSON, as the results table stores it. */
    public String reportJson() {
        return report.toJson();
    }
}
