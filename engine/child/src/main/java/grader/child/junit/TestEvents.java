package grader.child.junit;

/**
 * The message types and statuses the test runner sends on the results channel; the grader's
 * reader uses the same constants. Fields, in order:
 * <ul>
 *   <li>{@code started}: test id</li>
 *   <li>{@code finished}: test id, display name, status, failure text (empty when passed),
 *       output the test printed</li>
 *   <li>{@code interleaving}: test id, then the fields of a {@code Timeline} (sent just before
 *       that test's {@code finished}, when the model checker found an interleaving that fails)</li>
 *   <li>{@code container-failed}: test class name, failure text (its tests will not start)</li>
 *   <li>{@code done}: the run is over (sent by {@code ChildSession.end})</li>
 *   <li>{@code stopped}: why the run was stopped before it was over (one sentence), and the
 *       output the running test printed so far (sent by the child's resource guard in any child
 *       JVM; nothing follows)</li>
 * </ul>
 * A test id is {@code fully.qualified.Class#method}; all invocations of a parameterized method
 * share it.
 */
public final class TestEvents {

    public static final String STARTED = "started";
    public static final String FINISHED = "finished";
    public static final String CONTAINER_FAILED = "container-failed";
    public static final String INTERLEAVING = "interleaving";
    public static final String DONE = "done";
    public static final String STOPPED = "stopped";

    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String TIMED_OUT = "timed-out";

    private TestEvents() {
    }
}
