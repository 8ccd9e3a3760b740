package grader.api.model;

/**
 * One of the student's own source files in a submission, as grading reads it: {@code name} is
 * the file name it is compiled under ({@code Bank.java}, the name reports and stack traces give),
 * {@code origin} its path in the upload ({@code src/exercise1/Bank.java}), {@code text} its
 * content. The grader's given files are not among them. Immutable.
 */
public record SubmittedSource(String name, String origin, String text) {
}
