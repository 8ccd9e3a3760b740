package grader.web.deadline;

import java.util.Locale;

/** What happens to a submission after its due date. */
public enum LatePolicy {
    /** Accepted, losing a share of its score per day late, until an optional hard deadline. */
    PENALTY,
    /** Refused once the due date has passed. */
    REFUSE;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LatePolicy ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
