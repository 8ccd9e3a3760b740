package grader.run;

import grader.child.interleaving.Timeline;
import java.util.Optional;

/**
 * The result of one test method, all its invocations together: its display name, whether it
 * passed, and if not, why, in the words the runner reported (timeouts include where the
 * student's threads were stuck); what it printed; and, when the model checker failed it, the
 * interleaving it found.
 */
public record TestOutcome(String testId, String displayName, Status status, String detail, String output,
                          Optional<Timeline> interleaving) {

    /** An outcome without an interleaving: any test that did not model-check, or passed. */
    public TestOutcome(String testId, String displayName, Status status, String detail, String output) {
        this(testId, displayName, status, detail, output, Optional.empty());
    }

    public enum Status { PASSED, FAILED, TIMED_OUT }

    public boolean passed() {
        return status == Status.PASSED;
    }

    /** This outcome with another invocation's folded in: a method passes only if every one did. */
    TestOutcome merge(TestOutcome invocation) {
        if (!passed()) {
            return this;
        }
        return invocation.passed() ? new TestOutcome(testId, displayName, status, detail, output + invocation.output)
                : invocation;
    }
}
