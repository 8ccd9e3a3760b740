package grader.measure;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * What a timing check measured: the processors the JVM saw, the threads the submission was given,
 * the trials, and why measuring stopped early if it did (empty otherwise). Each trial pairs a
 * baseline and a candidate run on the same fresh input; medians are over per-trial figures.
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

    public double medianSpeedupOfClean() {
        return median(cleanTrials(), Trial::speedup);
    }

    public double medianSlowdown() {
        return median(trials, trial -> 1 / trial.speedup());
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

    private static double median(List<Trial> of, ToDoubleFunction<Trial> figure) {
        double[] sorted = of.stream().mapToDouble(figure).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
