package grader.web.queue;

/**
 * A claimed submission: what a worker needs to grade it, and the claim token that proves the
 * claim is still its own when it records the result. Immutable.
 */
public record Job(long submissionId, String exerciseId, String storageKey, double penalty, String claimToken) {
}
