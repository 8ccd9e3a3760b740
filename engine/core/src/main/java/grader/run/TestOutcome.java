package grader.run;

import grader.child.interleaving.Timeline;
import java.util.Optional;

/**
 * The result of one test method, all its invocations together: its display name, whether it
 * passed, and if not, why, in the words the runner reported (timeouts include where the
 * student's threads were stuck); what it printed; and, when the model checker failed it, the
 * interleaving it found; and how long its invocations took, in milliseconds (what {@code validate}
 * fits the exercise's time limits to).
 */
public record TestOutcome(String testId, String displayName, Status status, String detail, String output,
                          Optional<Timeline> interleaving, long millis) {

    /** An outcome without an interleaving: any test that did not model-check, or passed. */
    public TestOutcome(String testId, String displayName, Status status, String detail, String output, long millis) {
        this(testId, displayName, status, detail, output, Optional.empty(), millis);
    }

    public enum Status { PASSED, FAILED, TIMED_OUT }

    public boolean passed() {
        return status == Status.PASSED;
    }

    /**
     * This outcome with another invocation's folded in: a method passes only if every one did, and
     * its first failure is the one reported; it took as long as all its invocations together.
     */
    TestOutcome merge(TestOutcome invocation) {
        TestOutcome kept = !passed() || invocation.passed() ? this : invocation;
        String outputs = passed() && invocation.passed() ? output + invocation.output : kept.output;
        return new TestOutcome(testId, displayName, kept.status, kept.detail, outputs, kept.interleaving,
                millis + invocation.millis);
    }
}
