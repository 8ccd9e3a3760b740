package grader.web.account;

import java.util.Locale;

/**
 * What an account may do. Instructors see and manage the whole course. Teaching assistants see
 * what instructors see and grade by hand (override a score, with a comment), but change nothing
 * about the course itself: deadlines, late policy, extensions, accounts, the roster, regrading
 * every submission ({@code session/AccessGate} enforces it). Students see their own work.
 */
public enum Role {
    INSTRUCTOR,
    ASSISTANT,
    STUDENT;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
