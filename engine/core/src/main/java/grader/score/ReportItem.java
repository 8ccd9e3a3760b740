package grader.score;

import grader.child.interleaving.Timeline;
import grader.exercise.Visibility;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One graded item of a report: a test method, a timing check or the static rules. {@code id} is
 * stable ({@code exercise4.ParallelSumExactnessTest#emptyArray}, {@code timing:Speedup on all
 * cores}, {@code policy}); {@code name} is what a student reads. {@code interleaving} is the
 * schedule of threads that the model checker found to break the student's code, for a test it failed.
 * {@code millis} is how long a test that ran took, all its invocations together (what
 * {@code validate} fits the time limits to); empty for anything else.
 */
public record ReportItem(String id, String name, Visibility visibility, double maxScore, double score,
                         ItemStatus status, String feedback, String output, Optional<Timeline> interleaving,
                         OptionalLong millis) {

    /** An item that did not run as a test: the static rules, a timing check, a test that could not run. */
    public ReportItem(String id, String name, Visibility visibility, double maxScore, double score,
                      ItemStatus status, String feedback, String output) {
        this(id, name, visibility, maxScore, score, status, feedback, output, Optional.empty(), OptionalLong.empty());
    }

    /** This item earning nothing, for the reason given: its stage could not run. */
    public ReportItem withNoCredit(String reason) {
        return new ReportItem(id, name, visibility, maxScore, 0, ItemStatus.FAILED, reason, "");
    }
}
