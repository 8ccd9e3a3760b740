package grader.exercise;

/** Who sees a test: students run public tests locally; hidden ones run only at grading. */
public enum Visibility {
    PUBLIC,
    HIDDEN;

    /** The Gradescope {@code visibility} value of a test with this visibility. */
    public String gradescopeValue() {
        return this == PUBLIC ? "visible" : "after_published";
    }
}
