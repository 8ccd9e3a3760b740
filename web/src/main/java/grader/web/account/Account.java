package grader.web.account;

/** A person who can log in. Immutable; the password hash never leaves the store. */
public record Account(long id, String username, String displayName, Role role) {

    /** May change the course: deadlines, extensions, accounts, the roster, regrading all. */
    public boolean isInstructor() {
        return role == Role.INSTRUCTOR;
    }

    /** Sees the whole course and grades by hand: an instructor or a teaching assistant. */
    public boolean isStaff() {
        return role == Role.INSTRUCTOR || role == Role.ASSISTANT;
    }
}
