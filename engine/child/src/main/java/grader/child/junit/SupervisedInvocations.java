package grader.child.junit;

import grader.child.diagnosis.HangWatch;
import grader.child.diagnosis.StudentClasses;
import grader.child.diagnosis.ThreadDiagnosis;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs every test method, lifecycle method and test-class constructor on a fresh thread of its
 * own and supervises it from JUnit's thread: it ends at its time limit, or at once when a
 * {@link HangWatch} sees that it can never finish, with a {@link StuckTestException} that says
 * which, and where the threads were stuck at that moment. A thread at its time limit is
 * interrupted, as Jupiter's own time-out does; one that can never finish is left as it is. Either
 * way it is left behind, and the run goes on with the next test. This replaces Jupiter's own time-out, which only ever waits out the limit.
 *
 * <p>Registered through Jupiter's extension auto-detection (this jar's
 * {@code META-INF/services}), which the {@link TestRunner} turns on, and configured by its
 * configuration parameters {@link #TIMEOUT_SECONDS}, {@link #METHOD_LIMITS} and {@link #STUDENT_CLASSES}.
 * Jupiter runs the tests one at a time on one thread, which alone uses this instance's state.
 *
 * <p>A test method with a limit of its own in {@link #METHOD_LIMITS} has that time for all its
 * invocations together, its set-up and tear-down methods included: its clock starts at its first
 * invocation, so a parameterized test whose first input hangs does not wait the limit once per
 * input, and the test JVM's whole budget is the sum of its methods' limits. Every other
 * invocation has {@link #TIMEOUT_SECONDS} to itself. Limits are counted on a {@link TimeAllowance}'s
 * clock, which slows down while other programs keep the cores from the test. Tests that do not
 * finish also spend the grading's {@link OverrunBudget}, which cuts every later test short once
 * it is spent.
 */
public final class SupervisedInvocations implements InvocationInterceptor {

    /** Configuration parameter: each invocation's time limit in seconds. */
    public static final String TIMEOUT_SECONDS = "grader.timeout-seconds";
    /**
     * Configuration parameter: the limits of single test methods, each {@code Class#method=seconds},
     * comma-separated (the exercise's limits fitted to what its reference solution needs).
     */
    public static final String METHOD_LIMITS = "grader.method-limit-seconds";
    /** Configuration parameter: what is left of the grading's {@link OverrunBudget}, in milliseconds. */
    public static final String OVERRUN_BUDGET_MILLIS = "grader.overrun-budget-millis";
    /** Configuration parameter: the submission's classes, comma-separated. */
    public static final String STUDENT_CLASSES = "grader.student-classes";

    private static final long LOOK_MILLIS = 200;

    /** The threads alive when Jupiter created this extension, before any test ran. */
    private final Set<Long> runnerThreads;
    // All made with the first invocation, from the configuration; used on JUnit's thread only.
    private HangWatch hangs;
    private ThreadDiagnosis diagnosis;
    private Map<String, Long> methodLimitSeconds;
    private OverrunBudget overrun;
    /** The test methods one of whose invocations the budget cut short: their other invocations do not run. */
    private final Set<String> cutShortMethods = new HashSet<>();
    private final MachineShare machine;
    /** The time left to each method with a limit of its own, over all its invocations. */
    private final Map<String, TimeAllowance> methodAllowances = new HashMap<>();

    public SupervisedInvocations() {
        runnerThreads = ThreadDiagnosis.liveThreadIds();
        machine = new MachineShare(runnerThreads);
    }

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation,
            ReflectiveInvocationContext<Constructor<T>> invocationContext, ExtensionContext context) throws Throwable {
        return supervise(invocation, context);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                         ExtensionContext context) throws Throwable {
        supervise(invocation, context);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                          ExtensionContext context) throws Throwable {
        supervise(invocation, context);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        supervise(invocation, context);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) throws Throwable {
        return supervise(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) throws Throwable {
        supervise(invocation, context);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
                                     ExtensionContext context) throws Throwable {
        supervise(invocation, context);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                         ExtensionContext context) throws Throwable {
        supervise(invocation, context);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                        ExtensionContext context) throws Throwable {
        supervise(invocation, context);
    }

    private <T> T supervise(Invocation<T> invocation, ExtensionContext context) throws Throwable {
        if (hangs == null) {
            StudentClasses studentClasses = new StudentClasses(Set.of(context.getConfigurationParameter(STUDENT_CLASSES)
                    .orElse("").split(",")));
            hangs = new HangWatch(studentClasses, runnerThreads);
            diagnosis = new ThreadDiagnosis(studentClasses);
            methodLimitSeconds = parseMethodLimits(context.getConfigurationParameter(METHOD_LIMITS).orElse(""));
            overrun = new OverrunBudget(context.getConfigurationParameter(OVERRUN_BUDGET_MILLIS, Long::parseLong)
                    .orElseThrow(() -> new IllegalStateException("the runner sets " + OVERRUN_BUDGET_MILLIS)));
        }
        long start = System.nanoTime();
        Optional<String> method = context.getTestMethod()
                .map(testMethod -> context.getRequiredTestClass().getName() + "#" + testMethod.getName());
        Long ownLimit = method.map(methodLimitSeconds::get).orElse(null);
        long limitSeconds = ownLimit != null ? ownLimit : context.getConfigurationParameter(TIMEOUT_SECONDS,
                Long::parseLong).orElseThrow(() -> new IllegalStateException("the runner sets " + TIMEOUT_SECONDS));
        TimeAllowance allowance = ownLimit != null
                ? methodAllowances.computeIfAbsent(method.get(), first -> allowance(ownLimit))
                : allowance(limitSeconds);
        if (method.isPresent() && cutShortMethods.contains(method.get())) {
            throw new StuckTestException(OverrunBudget.notRunAfterCut());
        }
        Set<Long> before = ThreadDiagnosis.liveThreadIds();
        HangWatch.Watch watch = hangs.watch(before, Thread.currentThread());
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(invocation.proceed());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, "test thread");
        worker.setDaemon(true);
        long capNanos = overrun.capNanos(limitSeconds);
        allowance.resume();
        worker.start();
        while (true) {
            try {
                long capMillisLeft = Math.max(1, (start + capNanos - System.nanoTime()) / 1_000_000);
                T value = result.get(Math.min(LOOK_MILLIS, Math.min(allowance.millisLeftAtLeast(), capMillisLeft)),
                        TimeUnit.MILLISECONDS);
                allowance.pause();
                return value;
            } catch (ExecutionException failed) {
                allowance.pause();
                throw failed.getCause();
            } catch (TimeoutException stillRunning) {
                Optional<String> hang = watch.look();
                boolean overLimit = allowance.tickAndCheckSpent();
                long ranNanos = System.nanoTime() - start;
                if (hang.isPresent() || overLimit || ranNanos >= capNanos) {
                    // Where the threads are stuck, before an interrupt can move them.
                    String stuck = diagnosis.describe(before);
                    if (hang.isEmpty()) {
                        worker.interrupt();   // as Jupiter's time-out did; a certain hang stays as it is
                    }
                    String why = hang.map(reason -> String.format(Locale.ROOT,
                            "stopped after %.1f s instead of at its %d s limit, since it can never finish: %s.",
                            ranNanos / 1e9, limitSeconds, reason))
                            .orElseGet(() -> overLimit ? allowance.overLimit() : overrun.cutShort(ranNanos, limitSeconds));
                    overrun.spend(ranNanos);
                    if (hang.isEmpty() && !overLimit) {
                        method.ifPresent(cutShortMethods::add);
                    }
                    throw new StuckTestException(stuck.isEmpty() ? why : why + "\n" + stuck);
                }
            }
        }
    }

    private TimeAllowance allowance(long limitSeconds) {
        return new TimeAllowance(limitSeconds, System::nanoTime, machine::now);
    }

    private static Map<String, Long> parseMethodLimits(String text) {
        Map<String, Long> limits = new HashMap<>();
        for (String entry : text.split(",")) {
            int equals = entry.lastIndexOf('=');
            if (equals > 0) {
                limits.put(entry.substring(0, equals), Long.parseLong(entry.substring(equals + 1)));
            }
        }
        return limits;
    }
}
