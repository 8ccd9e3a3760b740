package grader.web.submission;

import grader.web.queue.SubmissionStatus;

/**
 * Which submissions an instructor's list shows; null or false fields do not filter. Immutable.
 */
public record SubmissionFilter(String exerciseId, SubmissionStatus status, boolean inconclusiveOnly,
                               boolean violationsOnly, Long accountId) {

    public static SubmissionFilter ofAccount(long accountId, String exerciseId) {
        return new SubmissionFilter(exerciseId, null, false, false, accountId);
    }
}
