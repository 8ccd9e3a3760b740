package grader.measure;

/**
 * One timed trial as the probe reported it: the baseline's and the candidate's wall times and
 * CPU times, whether the answers agreed, the candidate's CPU time over all its threads, of its
 * busiest thread and on its critical path (the part of its CPU work that ran one piece after
 * another), the cores the grader's own probe could use around the candidate's run, and the
 * CPU-clock speedup of the grader's own parallel reference workload then.
 */
public record Trial(long baselineNanos, long baselineCpuNanos, long candidateNanos, long candidateCpuNanos,
                    boolean answersAgree, long threadCpuNanos, long busiestThreadCpuNanos,
                    long criticalPathCpuNanos, double coresAvailable, double referenceSpeedup) {

    /** Below this share of the requested cores, another process was taking them. */
    public static final double CLEAN_SHARE_OF_CORES = 0.85;

    /** Whether the machine gave the candidate's threads their cores: a fair trial of its wall-clock speedup. */
    public boolean clean(int threads) {
        return coresAvailable >= CLEAN_SHARE_OF_CORES * threads;
    }

    /**
     * The speedup by the threads' own clocks: the baseline's CPU time over the time the candidate's
     * work needs with {@code threads} free cores, which is its critical path, and never less than
     * all its CPU work shared evenly over those cores.
     */
    public double cpuSpeedup(int threads) {
        double needed = Math.max(criticalPathCpuNanos, (double) threadCpuNanos / threads);
        return needed <= 0 ? Double.NaN : baselineCpuNanos / needed;
    }

    /** How the candidate's CPU work was split over threads: total over busiest (1 for one thread). */
    public double workSplit() {
        return busiestThreadCpuNanos == 0 ? 1 : (double) threadCpuNanos / busiestThreadCpuNanos;
    }

    /** How many cores the process kept busy while the candidate ran: its CPU time over wall time. */
    public double coresBusy() {
        return (double) candidateCpuNanos / candidateNanos;
    }
}
