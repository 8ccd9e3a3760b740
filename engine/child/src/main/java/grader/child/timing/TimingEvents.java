package grader.child.timing;

/**
 * The message types the timing probe sends on the results channel; the grader's reader uses the
 * same constants. Fields, in order:
 * <ul>
 *   <li>{@code host}: the processors this JVM sees ({@code availableProcessors}), the threads
 *       given to the candidate</li>
 *   <li>{@code trial}: workload class, baseline wall ns, baseline CPU ns (its thread's own clock),
 *       candidate wall ns, candidate process CPU ns, whether both answers agreed
 *       ({@code true}/{@code false}), the candidate's CPU ns over all its threads, of its busiest
 *       thread, and on its critical path (see {@code CpuProfile}), the cores the grader's own probe
 *       could use just before and after the candidate ran (the lower of the two), and the grader's
 *       parallel reference workload's CPU-clock speedup then (the mean of the two, see
 *       {@code CoreAvailability})</li>
 *   <li>{@code workload-failed}: workload class, what went wrong (no further trials of it)</li>
 * </ul>
 */
public final class TimingEvents {

    public static final String HOST = "host";
    public static final String TRIAL = "trial";
    public static final String WORKLOAD_FAILED = "workload-failed";

    private TimingEvents() {
    }
}
