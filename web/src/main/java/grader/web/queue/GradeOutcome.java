package grader.web.queue;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What one grading found, as the gradebook keeps it: the score before any late penalty, the
 * maximum, the main speedup figure (null where the exercise measures none), whether a timing check
 * was inconclusive, how many static-rule violations there were, and the full report as the
 * contract's JSON. Immutable.
 */
public record GradeOutcome(double score, double maxScore, Double speedup, boolean inconclusive, int violations,
                           String reportJson) {

    /** The engine refused the submission itself (its intake rules changed since it was stored): a zero with the reason. */
    public static GradeOutcome refused(String reason) {
        String json = "{\"score\":0,\"max_score\":0,\"execution_time\":0,\"output\":"
                + TextNode.valueOf(reason) + ",\"tests\":[]}";
        return new GradeOutcome(0, 0, null, false, 0, json);
    }
}
