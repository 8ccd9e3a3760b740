package grader.exercise;

import grader.child.junit.TimeAllowance;
import java.util.List;

/**
 * Resource limits of an exercise's test JVMs: the heap, the time limit of a test invocation
 * without a limit of its own ({@link TestClassSpec#timeLimitSeconds()}), and the most any one
 * test JVM may take.
 */
public record Limits(int heapMegabytes, int testTimeoutSeconds, int runTimeoutSeconds) {

    /** What a test JVM may need beyond its tests: starting, finding the tests, reporting. */
    static final int JVM_ALLOWANCE_SECONDS = 30;

    /**
     * These limits for the one test JVM that runs {@code classes}: its whole budget follows from
     * its test methods' limits as far as a busy machine may stretch them ({@link TimeAllowance}),
     * and time to start, and is never more than {@link #runTimeoutSeconds()}. On a quiet machine
     * the runner ends every test at its limit long before this budget.
     */
    public Limits forRunOf(List<TestClassSpec> classes) {
        long tests = classes.stream()
                .flatMap(spec -> spec.methodLimits(testTimeoutSeconds).values().stream())
                .mapToLong(Integer::longValue).sum();
        int budget = (int) Math.min(runTimeoutSeconds, JVM_ALLOWANCE_SECONDS + TimeAllowance.MOST_STRETCH * tests);
        return new Limits(heapMegabytes, testTimeoutSeconds, budget);
    }
}
