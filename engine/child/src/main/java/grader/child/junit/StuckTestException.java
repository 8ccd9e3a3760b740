package grader.child.junit;

/**
 * A test (or its lifecycle method) that {@link SupervisedInvocations} ended: at its time limit,
 * or earlier because it could never finish. The message says which, in a sentence for the
 * student; the {@link ReportingListener} adds where the threads were stuck. An
 * {@link AssertionError}, so that it reads as the test's failure, not as an error of the test.
 */
final class StuckTestException extends AssertionError {

    StuckTestException(String message) {
        super(message);
    }
}
