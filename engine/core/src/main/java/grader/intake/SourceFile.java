package grader.intake;

/**
 * A Java source file accepted for grading: where it goes in the package tree
 * ({@code exercise4/ParallelSum.java}), where it came from (for messages), and its text.
 */
public record SourceFile(String packagePath, String origin, String content) {

    /** The file name alone, {@code ParallelSum.java}. */
    public String fileName() {
        return packagePath.substring(packagePath.lastIndexOf('/') + 1);
    }

    /** The fully qualified name of the top-level class the file is named after. */
    public String className() {
        return packagePath.substring(0, packagePath.length() - ".java".length()).replace('/', '.');
    }
}
