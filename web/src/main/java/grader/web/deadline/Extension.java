package grader.web.deadline;

/** One student's later due date for one exercise, as the instructor's list shows it. Immutable. */
public record Extension(String username, String displayName, long dueAt) {
}
