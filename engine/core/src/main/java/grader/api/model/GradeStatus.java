package grader.api.model;

/**
 * A student's grade in one exercise, in the one vocabulary of every gradebook (the CSVs of
 * {@code grade-all} and of the web export, the web pages, the console): the word of each is its
 * {@link #word()}. See "The gradebook" in the README.
 */
public enum GradeStatus {
    /** Graded; the score is final. */
    GRADED("graded"),
    /**
     * Graded, but a speedup verdict is still pending: the grader could not measure it fairly (only
     * possible on a one-core host); grading again on a machine with cores to spare settles it.
     */
    PENDING("pending"),
    /** The grader refused the submission before grading it (for instance: no Java file, too large); no points. */
    REJECTED("rejected"),
    /** Nothing graded: no submission, or none graded yet. Only a course's gradebook has this. */
    MISSING("missing");

    private final String word;

    GradeStatus(String word) {
        this.word = word;
    }

    /** How gradebooks and pages write it. */
    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }
}
