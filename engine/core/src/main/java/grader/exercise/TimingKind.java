package grader.exercise;

/** What a timing check compares. */
public enum TimingKind {
    /** The submission on all cores must beat the grader's sequential baseline by a margin. */
    SPEEDUP,
    /** The submission on small inputs must not be much slower than the sequential baseline. */
    OVERHEAD
}
