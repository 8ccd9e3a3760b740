package grader.child.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import grader.child.channel.ChildSession;
import grader.child.failure.FailureDescription;
import grader.child.diagnosis.StudentClasses;
import grader.child.diagnosis.ThreadDiagnosis;
import grader.child.protocol.ChildArguments;
import grader.child.protocol.ChildArguments.TestRunnerArguments;
import grader.child.protocol.ChildEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The test JVM's entry point: runs the given JUnit 5 test classes through the JUnit Platform
 * Launcher and reports every result on the authenticated channel (the test events of
 * {@link ChildEvent}), given a {@link TestRunnerArguments} as its command line. Tests run one after another; each runs in a thread of its own, supervised by
 * {@link SupervisedInvocations} (found by Jupiter's extension auto-detection in this jar), so that
 * a test stuck in student code ends at its limit, or at once when it can never finish, and the
 * run goes on. The JVM halts when the run is over.
 */
public final class TestRunner {

    private TestRunner() {
    }

    public static void main(String[] args) throws Exception {
        ChildSession session = ChildSession.open();
        TestRunnerArguments arguments = ChildArguments.parse(args, TestRunnerArguments.class);
        StudentClasses studentClasses = new StudentClasses(Set.copyOf(arguments.studentClasses()));
        List<ClassSelector> selectors = arguments.testClasses().stream().map(name -> selectClass(name)).toList();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter(SupervisedInvocations.TIMEOUT_SECONDS,
                        Integer.toString(arguments.timeoutSeconds()))
                .configurationParameter(SupervisedInvocations.METHOD_LIMITS, arguments.methodLimits().stream()
                        .map(limit -> limit.testId() + "=" + limit.seconds()).collect(Collectors.joining(",")))
                .configurationParameter(SupervisedInvocations.OVERRUN_BUDGET_MILLIS,
                        Long.toString(arguments.overrunBudgetMillis()))
                .configurationParameter(SupervisedInvocations.STUDENT_CLASSES,
                        String.join(",", arguments.studentClasses()))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        ReportingListener listener = new ReportingListener(session.channel(), session.capture(),
                new FailureDescription(studentClasses), new ThreadDiagnosis(studentClasses));
        LauncherFactory.create().execute(request, listener);
        session.end();
    }
}
