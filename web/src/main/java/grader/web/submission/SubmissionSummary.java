package grader.web.submission;

import grader.web.queue.SubmissionStatus;

/**
 * A submission as lists and pages show it, with its result's figures when it has one (null
 * before). {@code score} is after the late penalty, {@code rawScore} before. Immutable.
 */
public record SubmissionSummary(long id, long accountId, String username, String exerciseId, String uploadName,
                                long submittedAt, int lateDays, double penalty, SubmissionStatus status,
                                Long startedAt, Long finishedAt, int infraFailures, String lastError,
                                Double rawScore, Double score, Double maxScore, Double speedup, Boolean inconclusive,
                                Integer violations) {

    public boolean hasResult() {
        return score != null;
    }
}
