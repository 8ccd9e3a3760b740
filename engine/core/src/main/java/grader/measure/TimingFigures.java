package grader.measure;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * What a timing check measured: the processors the JVM saw, the threads the submission was given,
 * the trials, and why measuring stopped early if it did (empty otherwise). Each trial pairs a
 * baseline and a candidate run on the same fresh input.
 *
 * <p>Speedup is judged by the threads' own CPU clocks ({@link #speedup()}): another process on
 * the machine stretches wall times by taking cores away, but not the CPU time each thread needs,
 * nor which threads work at the same moment. Wall-clock speedup, in trials where the grader's
 * own probe found the cores free ({@link #wallSpeedup()}), stays beside it in the report: on a
 * quiet machine the two agree, on a busy one only the CPU clocks are still about the submission.
 *
 * <p>Overhead is judged on the <em>best</em> wall times: a busy machine can only make a run slower,
 * never faster, so the fastest of many runs is the one nothing disturbed, for the grader's loop and
 * the submission alike. Medians stay in the report to show the spread.
 */
public record TimingFigures(int cores, int threads, List<Trial> trials, String failure) {

    public TimingFigures {
        trials = List.copyOf(trials);
    }

    /** These trials and {@code more}'s together, as one measurement (a failure of either stands). */
    public TimingFigures plus(TimingFigures more) {
        return new TimingFigures(cores, threads, Stream.concat(trials.stream(), more.trials.stream()).toList(),
                failure.isEmpty() ? more.failure : failure);
    }

    /** The trials in which the grader's own probe found the cores free around the candidate's run. */
    public List<Trial> cleanTrials() {
        return trials.stream().filter(trial -> trial.clean(threads)).toList();
    }

    /**
     * The speedup by the threads' own CPU clocks, the median over all trials of the baseline's CPU
     * time over the candidate's critical path (see {@link Trial#cpuSpeedup}). NaN without trials.
     */
    public double speedup() {
        return median(trials, trial -> trial.cpuSpeedup(threads));
    }

    /**
     * The CPU-clock speedup the grader's own parallel workload reached on these cores, the median
     * over the trials, at most the threads given: about the cores on a host whose cores run side by
     * side unhindered, less where they slow each other down (hyperthread siblings, say).
     */
    public double referenceSpeedup() {
        return Math.min(threads, median(trials, Trial::referenceSpeedup));
    }

    /**
     * The grader's best sequential time over the submission's best time in a clean trial: how much
     * faster its threads made the work by the wall clock when they had the cores. NaN without
     * clean trials.
     */
    public double wallSpeedup() {
        return bestBaselineMillis() / bestCleanCandidateMillis();
    }

    public double bestCleanCandidateMillis() {
        return best(cleanTrials(), Trial::candidateNanos);
    }

    /** The submission's best time over the grader's best time, over all trials. */
    public double slowdown() {
        return bestCandidateMillis() / bestBaselineMillis();
    }

    public double bestBaselineMillis() {
        return best(trials, Trial::baselineNanos);
    }

    public double bestCandidateMillis() {
        return best(trials, Trial::candidateNanos);
    }

    public double medianCoresBusy() {
        return median(trials, Trial::coresBusy);
    }

    public double medianWorkSplit() {
        return median(trials, Trial::workSplit);
    }

    public double medianCoresAvailable() {
        return median(trials, Trial::coresAvailable);
    }

    public double medianBaselineMillis() {
        return median(trials, trial -> trial.baselineNanos() / 1e6);
    }

    public double medianCandidateMillis() {
        return median(trials, trial -> trial.candidateNanos() / 1e6);
    }

    public long wrongAnswers() {
        return trials.stream().filter(trial -> !trial.answersAgree()).count();
    }

    private static double best(List<Trial> of, ToLongFunction<Trial> nanos) {
        OptionalLong least = of.stream().mapToLong(nanos).min();
        return least.isPresent() ? least.getAsLong() / 1e6 : Double.NaN;
    }

    private static double median(List<Trial> of, ToDoubleFunction<Trial> figure) {
        double[] sorted = of.stream().mapToDouble(figure).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
