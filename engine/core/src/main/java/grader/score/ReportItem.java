package grader.score;

import grader.child.interleaving.Timeline;
import grader.exercise.Visibility;
import java.util.Optional;

/**
 * One graded item of a report: a test method, a timing check or the static rules. {@code id} is
 * stable ({@code exercise4.ParallelSumExactnessTest#emptyArray}, {@code timing:Speedup on all
 * cores}, {@code policy}); {@code name} is what a student reads. {@code interleaving} is the
 * schedule of threads that the model checker found to break the student's code, for a test it failed.
 */
public record ReportItem(String id, String name, Visibility visibility, double maxScore, double score,
                         ItemStatus status, String feedback, String output, Optional<Timeline> interleaving) {

    /** An item without an interleaving: anything but a test the model checker failed. */
    public ReportItem(String id, String name, Visibility visibility, double maxScore, double score,
                      ItemStatus status, String feedback, String output) {
        this(id, name, visibility, maxScore, score, status, feedback, output, Optional.empty());
    }

    /** This item earning nothing, for the reason given: its stage could not run. */
    public ReportItem withNoCredit(String reason) {
        return new ReportItem(id, name, visibility, maxScore, 0, ItemStatus.FAILED, reason, "");
    }
}
