package grader.exercise;

/** Which tests a grading runs: a student's local check sees only the public ones. */
public enum GradingScope {
    PUBLIC_ONLY,
    ALL;

    public boolean includes(Visibility visibility) {
        return this == ALL || visibility == Visibility.PUBLIC;
    }
}
