package grader.web.gradebook;

import grader.InvalidInputException;
import grader.api.model.PointsFormat;
import grader.web.account.Account;
import org.jdbi.v3.core.Jdbi;

/**
 * Scores set by hand, in their own table beside the results: a regrade replaces a submission's
 * result but not its override, which stays until someone clears it. Thread-safe.
 */
public final class ScoreOverrides {

    /** As many characters as the column keeps. */
    public static final int MAX_COMMENT = 2000;

    private final Jdbi jdbi;

    public ScoreOverrides(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Sets the score of a graded submission to {@code score}, 0 to its maximum, with the reason;
     * replaces an earlier override.
     */
    public void set(long submissionId, double score, String comment, Account by) {
        String reason = comment == null ? "" : comment.trim();
        if (reason.isEmpty()) {
            throw new InvalidInputException("Say in the comment why the score is set by hand; the student reads it.");
        }
        if (reason.length() > MAX_COMMENT) {
            throw new InvalidInputException("The comment is longer than " + MAX_COMMENT + " characters.");
        }
        jdbi.useTransaction(handle -> {
            Double maxScore = handle.createQuery("SELECT max_score FROM results WHERE submission_id = :id")
                    .bind("id", submissionId).mapTo(Double.class).findOne().orElseThrow(() ->
                            new InvalidInputException("Only a graded submission's score can be set by hand."));
            if (!(score >= 0 && score <= maxScore)) {
                throw new InvalidInputException("The score must be between 0 and " + PointsFormat.format(Points.round(maxScore)) + " points.");
            }
            handle.createUpdate("DELETE FROM score_overrides WHERE submission_id = :id").bind("id", submissionId).execute();
            handle.createUpdate("INSERT INTO score_overrides (submission_id, score, comment, set_by, set_at)"
                            + " VALUES (:id, :score, :comment, :by, :now)")
                    .bind("id", submissionId).bind("score", Points.round(score)).bind("comment", reason)
                    .bind("by", by.id()).bind("now", System.currentTimeMillis()).execute();
        });
    }

    /** Removes the override: the graded score counts again. */
    public void clear(long submissionId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM score_overrides WHERE submission_id = :id")
                .bind("id", submissionId).execute());
    }
}
