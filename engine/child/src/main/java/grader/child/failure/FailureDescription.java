package grader.child.failure;

import grader.child.diagnosis.StudentClasses;
import grader.child.interleaving.LincheckTrace;
import grader.child.interleaving.Timeline;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a test's failure into text for a student: an assertion's own message (the tests word
 * theirs in the student's terms), or for an exception from student code its type, message and
 * the student's own lines it passed through, never the test framework's stack. A model checker's
 * failure is described by its head (verdict and results); its interleaving comes apart, as a
 * {@link Timeline}.
 */
public final class FailureDescription {

    private static final int STUDENT_FRAMES_SHOWN = 3;

    private final StudentClasses studentClasses;
    private final LincheckTrace modelChecker;

    public FailureDescription(StudentClasses studentClasses) {
        this.studentClasses = studentClasses;
        this.modelChecker = new LincheckTrace(studentClasses);
    }

    public String describe(Throwable failure) {
        if (LincheckTrace.isModelCheckerFailure(failure)) {
            return LincheckTrace.head(failure.getMessage());
        }
        if (failure instanceof AssertionError && failure.getMessage() != null) {
            return failure.getMessage();
        }
        StringBuilder text = new StringBuilder(describeException(failure));
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            text.append("\ncaused by ").append(describeException(cause));
        }
        return text.toString();
    }

    /** The interleaving that the model checker found, if {@code failure} is its report. */
    public Optional<Timeline> interleaving(Throwable failure) {
        return LincheckTrace.isModelCheckerFailure(failure) ? modelChecker.read(failure.getMessage()) : Optional.empty();
    }

    private String describeException(Throwable exception) {
        String where = Arrays.stream(exception.getStackTrace())
                .filter(frame -> studentClasses.owns(frame.getClassName()))
                .limit(STUDENT_FRAMES_SHOWN)
                .map(frame -> "at " + frame.getClassName() + "." + frame.getMethodName()
                        + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")")
                .collect(Collectors.joining("\n  "));
        String what = exception.getClass().getName()
                + (exception.getMessage() == null ? "" : ": " + exception.getMessage());
        return where.isEmpty() ? what : what + "\n  " + where;
    }
}
