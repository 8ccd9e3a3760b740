package grader.child.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the grader tells a child JVM's entry point, one record per entry point. The grader writes
 * it as the child's command line ({@link #commandLine()}) and the entry point reads the same
 * record back ({@link #parse}), so no option name is written twice. Immutable.
 *
 * <p>On the command line each field of the record ({@link RecordFields}) is a {@code --name value}
 * pair, for example {@code --timeoutSeconds 10 --testClasses 1 --testClasses.0 exercise1.BankTest}.
 */
public sealed interface ChildArguments {

    /** This record as {@code --name value} pairs. */
    default List<String> commandLine() {
        List<String> args = new ArrayList<>();
        RecordFields.write((Record) this).forEach((name, value) -> {
            args.add("--" + name);
            args.add(value);
        });
        return List.copyOf(args);
    }

    /**
     * The record of class {@code type} that {@link #commandLine()} wrote as {@code args}.
     *
     * @throws IllegalArgumentException if {@code args} are not that record's command line
     */
    static <A extends Record & ChildArguments> A parse(String[] args, Class<A> type) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("expected --name value pairs: " + Arrays.toString(args));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || fields.put(args[i].substring(2), args[i + 1]) != null) {
                throw new IllegalArgumentException("expected a new option name, got " + args[i]);
            }
        }
        return RecordFields.read(type, fields);
    }

    /**
     * The test runner's ({@code grader.child.junit.TestRunner}).
     *
     * @param testClasses    the test classes to run, fully qualified
     * @param studentClasses the submission's classes, for diagnostics
     * @param timeoutSeconds the time limit of each test invocation without a limit of its own
     * @param methodLimits   the test methods with limits of their own, for all their invocations together
     * @param overrunBudgetMillis what is left of the grading's time for tests that do not finish
     *                       ({@code grader.child.junit.OverrunBudget})
     */
    record TestRunnerArguments(List<String> testClasses, List<String> studentClasses, int timeoutSeconds,
                               List<MethodLimit> methodLimits, long overrunBudgetMillis) implements ChildArguments {

        public TestRunnerArguments {
            testClasses = List.copyOf(testClasses);
            studentClasses = List.copyOf(studentClasses);
            methodLimits = List.copyOf(methodLimits);
        }
    }

    /**
     * A test method's own time limit.
     *
     * @param testId  the method, {@code Class#method}
     * @param seconds its limit, all its invocations together
     */
    record MethodLimit(String testId, int seconds) {
    }

    /**
     * The timing probe's ({@code grader.child.timing.TimingProbe}).
     *
     * @param workloads      the workloads to measure, in this order
     * @param studentClasses the submission's classes, for failure descriptions
     * @param threads        the threads given to the candidate
     * @param trials         measured trials per workload
     * @param warmupMillis   the least warm-up time per workload
     * @param budgetMillis   the most time a workload may take once it has its few least trials (a
     *                       submission hopelessly slow on it gets no more: its verdict is certain)
     */
    record TimingProbeArguments(List<TimedWorkload> workloads, List<String> studentClasses, int threads, int trials,
                                int warmupMillis, int budgetMillis) implements ChildArguments {

        public TimingProbeArguments {
            workloads = List.copyOf(workloads);
            studentClasses = List.copyOf(studentClasses);
        }
    }

    /**
     * One workload for the timing probe.
     *
     * @param workloadClass its class, a {@code grader.child.timing.Workload}
     * @param speedup       whether it checks speedup (the probe then measures the cores around each
     *                      trial), rather than overhead (judged on best wall times alone)
     */
    record TimedWorkload(String workloadClass, boolean speedup) {
    }
}
