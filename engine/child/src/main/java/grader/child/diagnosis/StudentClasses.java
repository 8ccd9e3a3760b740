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
}
