package grader.score;

import grader.exercise.Visibility;

/**
 * One graded item of a report: a test method, a timing check or the static rules. {@code id} is
 * stable ({@code exercise4.ParallelSumExactnessTest#emptyArray}, {@code timing:Speedup on all
 * cores}, {@code policy}); {@code name} is what a student reads.
 */
public record ReportItem(String id, String name, Visibility visibility, double maxScore, double score,
                         ItemStatus status, String feedback, String output) {

    /** This item earning nothing, for the reason given: its stage could not run. */
    public ReportItem withNoCredit(String reason) {
        return new ReportItem(id, name, visibility, maxScore, 0, ItemStatus.FAILED, reason, "");
    }
}
