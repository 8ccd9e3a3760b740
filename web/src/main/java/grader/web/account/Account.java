package grader.web.account;

/** A person who can log in. Immutable; the password hash never leaves the store. */
public record Account(long id, String username, String displayName, Role role) {

    public boolean isInstructor() {
        return role == Role.INSTRUCTOR;
    }
}
