package grader.web.deadline;

/** What happens to a submission after its due date. */
public enum LatePolicy {
    /** Accepted, losing a share of its score per day late, until an optional hard deadline. */
    PENALTY,
    /** Refused once the due date has passed. */
    REFUSE;

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static LatePolicy ofColumn(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
