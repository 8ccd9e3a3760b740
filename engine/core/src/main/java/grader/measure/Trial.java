package grader.measure;

/** One timed trial as the probe reported it: wall times, the candidate's process CPU time, and whether the answers agreed. */
public record Trial(long baselineNanos, long candidateNanos, long candidateCpuNanos, boolean answersAgree) {

    public double speedup() {
        return (double) baselineNanos / candidateNanos;
    }

    /** How many cores the process kept busy while the candidate ran: its CPU time over wall time. */
    public double coresBusy() {
        return (double) candidateCpuNanos / candidateNanos;
    }
}
