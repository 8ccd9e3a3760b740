package grader.child.junit;

import grader.child.channel.OutputCapture;
import grader.child.channel.ResultsChannel;
import grader.child.diagnosis.FailureDescription;
import grader.child.diagnosis.ThreadDiagnosis;
import grader.child.protocol.ChildEvent.ContainerFailed;
import grader.child.protocol.ChildEvent.InterleavingFound;
import grader.child.protocol.ChildEvent.TestFinished;
import grader.child.protocol.ChildEvent.TestFinished.Status;
import grader.child.protocol.ChildEvent.TestStarted;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Reports each test's start and result on the results channel, with the output it printed and,
 * when it timed out, where the student's threads were stuck; before a model checker's failure, the
 * interleaving it found.
 *
 * <p>JUnit calls a listener from the thread that runs the tests, one event at a time (tests run
 * sequentially here), so this class keeps no shared state of its own; the channel and the capture
 * are thread-safe for the student threads that print meanwhile.
 */
final class ReportingListener implements TestExecutionListener {

    private final ResultsChannel channel;
    private final OutputCapture capture;
    private final FailureDescription failures;
    private final ThreadDiagnosis threads;
    private TestPlan plan; // set before the first test starts, read on the same thread
    private Set<Long> threadsBeforeTest = Set.of(); // likewise, replaced as each test starts

    ReportingListener(ResultsChannel channel, OutputCapture capture, FailureDescription failures,
                      ThreadDiagnosis threads) {
        this.channel = channel;
        this.capture = capture;
        this.failures = failures;
        this.threads = threads;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (test.isTest()) {
            capture.drain();
            threadsBeforeTest = ThreadDiagnosis.liveThreadIds();
            testId(test).ifPresent(id -> channel.send(new TestStarted(id)));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            testId(test).ifPresent(id -> channel.send(new TestFinished(id, displayName(test), Status.FAILED,
                    "skipped: " + reason, "")));
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            testId(test).ifPresent(id -> reportTest(id, test, result));
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            className(test.getSource().orElse(null)).ifPresent(className -> channel.send(
                    new ContainerFailed(className, describe(result))));
        }
    }

    private void reportTest(String id, TestIdentifier test, TestExecutionResult result) {
        String output = capture.drain();
        String name = displayName(test);
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            channel.send(new TestFinished(id, name, Status.PASSED, "", output));
            return;
        }
        String invocation = name.equals(test.getDisplayName()) ? "" : "with " + test.getDisplayName() + ": ";
        Throwable failure = result.getThrowable().orElse(null);
        if (failure instanceof StuckTestException) {
            channel.send(new TestFinished(id, name, Status.TIMED_OUT, invocation + failure.getMessage(), output));
        } else if (isTimeout(failure)) {
            String stuck = threads.describe(threadsBeforeTest);
            String detail = invocation + failure.getMessage() + (stuck.isEmpty() ? "" : "\n" + stuck);
            channel.send(new TestFinished(id, name, Status.TIMED_OUT, detail, output));
        } else {
            failures.interleaving(failure).ifPresent(timeline -> channel.send(new InterleavingFound(id, timeline)));
            channel.send(new TestFinished(id, name, Status.FAILED, invocation + describe(result), output));
        }
    }

    /** A test's own display name, or its method's for an invocation of a parameterized test. */
    private String displayName(TestIdentifier test) {
        return plan.getParent(test)
                .filter(parent -> parent.getSource().filter(MethodSource.class::isInstance).isPresent())
                .map(TestIdentifier::getDisplayName)
                .orElse(test.getDisplayName());
    }

    private String describe(TestExecutionResult result) {
        return result.getThrowable().map(failures::describe).orElse(result.getStatus().toString());
    }

    /** Jupiter's timeouts throw a {@link TimeoutException}, wrapped or not depending on thread mode. */
    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> testId(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(method -> method.getClassName() + "#" + method.getMethodName());
    }

    private static Optional<String> className(TestSource source) {
        if (source instanceof ClassSource classSource) {
            return Optional.of(classSource.getClassName());
        }
        if (source instanceof MethodSource methodSource) {
            return Optional.of(methodSource.getClassName());
        }
        return Optional.empty();
    }
}
