package grader.child.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import grader.child.ChildArguments;
import grader.child.channel.ChildSession;
import grader.child.diagnosis.FailureDescription;
import grader.child.diagnosis.StudentClasses;
import grader.child.diagnosis.ThreadDiagnosis;
import java.util.List;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The test JVM's entry point: runs the given JUnit 5 test classes through the JUnit Platform
 * Launcher and reports every result on the authenticated channel (see {@link TestEvents}).
 *
 * <p>Arguments ({@link ChildArguments}): {@code --tests} the test classes, {@code --student-classes}
 * the submission's classes (for diagnostics), {@code --timeout-seconds} the limit per test.
 * Tests run one after another; each runs in a thread of its own, supervised by
 * {@link SupervisedInvocations} (found by Jupiter's extension auto-detection in this jar), so that
 * a test stuck in student code ends at its limit, or at once when it can never finish, and the
 * run goes on. The JVM halts when the run is over.
 */
public final class TestRunner {

    private TestRunner() {
    }

    public static void main(String[] args) throws Exception {
        ChildSession session = ChildSession.open();
        ChildArguments arguments = ChildArguments.parse(args);
        StudentClasses studentClasses = new StudentClasses(arguments.set("student-classes"));
        List<ClassSelector> selectors = arguments.list("tests").stream().map(name -> selectClass(name)).toList();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter(SupervisedInvocations.TIMEOUT_SECONDS, arguments.text("timeout-seconds"))
                .configurationParameter(SupervisedInvocations.STUDENT_CLASSES, arguments.text("student-classes"))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        ReportingListener listener = new ReportingListener(session.channel(), session.capture(),
                new FailureDescription(studentClasses), new ThreadDiagnosis(studentClasses));
        LauncherFactory.create().execute(request, listener);
        session.end();
    }
}
