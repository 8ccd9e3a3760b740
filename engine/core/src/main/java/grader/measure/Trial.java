package grader.measure;

/**
 * One timed trial as the probe reported it: wall times, the candidate's process CPU time, whether
 * the answers agreed, how the candidate's CPU work was split over threads (total over busiest), and
 * the cores the grader's own probe could use around the candidate's run.
 */
public record Trial(long baselineNanos, long candidateNanos, long candidateCpuNanos, boolean answersAgree,
                    double workSplit, double coresAvailable) {

    /** Whether the machine gave the candidate's threads their cores: a fair trial of its speedup. */
    public boolean clean(int threads) {
        return coresAvailable >= CLEAN_SHARE_OF_CORES * threads;
    }

    /** Below this share of the requested cores, another process was taking them. */
    public static final double CLEAN_SHARE_OF_CORES = 0.85;


    public double speedup() {
        return (double) baselineNanos / candidateNanos;
    }

    /** How many cores the process kept busy while the candidate ran: its CPU time over wall time. */
    public double coresBusy() {
        return (double) candidateCpuNanos / candidateNanos;
    }
}
