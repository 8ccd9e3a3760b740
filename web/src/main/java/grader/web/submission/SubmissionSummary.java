package grader.web.submission;

import grader.web.gradebook.ScoreOverride;
import grader.web.queue.SubmissionStatus;

/**
 * A submission as lists and pages show it, with its result's figures when it has one (null
 * before). {@code score} is the graded score after the late penalty, {@code rawScore} before;
 * {@code override} the score set by hand, if any (null), which counts instead ({@link #finalScore}).
 * Immutable.
 */
public record SubmissionSummary(long id, long accountId, String username, String exerciseId, String uploadName,
                                long submittedAt, int lateDays, double penalty, SubmissionStatus status,
                                Long startedAt, Long finishedAt, int infraFailures, String lastError,
                                Double rawScore, Double score, Double maxScore, Double speedup, Boolean inconclusive,
                                Integer violations, ScoreOverride override) {

    public boolean hasResult() {
        return score != null;
    }

    /** The score that counts: the one set by hand, else the graded one; null before a result. */
    public Double finalScore() {
        return override != null && hasResult() ? Double.valueOf(override.score()) : score;
    }
}
