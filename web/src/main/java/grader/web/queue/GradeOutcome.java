package grader.web.queue;

/**
 * What one grading found, as the gradebook keeps it: the score before any late penalty, the
 * maximum, the main speedup figure (null where the exercise measures none), whether a timing check
 * was inconclusive, how many static-rule violations there were, and the full report as the
 * contract's JSON. Immutable.
 */
public record GradeOutcome(double score, double maxScore, Double speedup, boolean inconclusive, int violations,
                           String reportJson) {
}
