package grader.web.account;

import java.util.Locale;

/** What an account may do: instructors see and manage the whole course, students their own work. */
public enum Role {
    INSTRUCTOR,
    STUDENT;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
