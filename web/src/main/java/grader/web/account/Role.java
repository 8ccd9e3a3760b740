package grader.web.account;

/** What an account may do: instructors see and manage the whole course, students their own work. */
public enum Role {
    INSTRUCTOR,
    STUDENT;

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role ofColumn(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
