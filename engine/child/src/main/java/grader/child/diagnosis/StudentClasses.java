package grader.child.diagnosis;

import java.util.Set;

/**
 * The submission's classes, by fully qualified top-level name, so that diagnostics can tell the
 * student's own stack frames from the tests', the grader's and the JDK's. Immutable.
 */
public record StudentClasses(Set<String> topLevelNames) {

    public StudentClasses {
        topLevelNames = Set.copyOf(topLevelNames);
    }

    /** Whether {@code className} (possibly nested, {@code Outer$Inner}) is the student's. */
    public boolean owns(String className) {
        int nested = className.indexOf('$');
        return topLevelNames.contains(nested < 0 ? className : className.substring(0, nested));
    }

    /**
     * Whether {@code fileName} ({@code Account.java}) is the source of one of the student's
     * top-level classes, for traces that name frames by file and simple class name only.
     */
    public boolean ownsSourceFile(String fileName) {
        return topLevelNames.stream().anyMatch(name -> fileName.equals(name.substring(name.lastIndexOf('.') + 1) + ".java"));
    }
}
