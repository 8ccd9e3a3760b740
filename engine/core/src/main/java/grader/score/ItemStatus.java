package grader.score;

/** How a graded item ended. Only {@link #PASSED} is "passed" in a Gradescope report. */
public enum ItemStatus {
    PASSED,
    /** Some of the points: a speedup in a lower band. */
    PARTIAL,
    FAILED,
    /** Could not be decided on this machine; flagged for a re-run. */
    INCONCLUSIVE
}
