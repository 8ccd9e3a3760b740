package grader.measure;

import java.util.List;

/**
 * What a timing check measured: the processors the JVM saw, the threads the submission was given,
 * the trials, and why measuring stopped early if it did (empty otherwise). Medians are over
 * per-trial ratios, each trial pairing a baseline and a candidate run on the same fresh input.
 */
public record TimingFigures(int cores, int threads, List<Trial> trials, String failure) {

    public TimingFigures {
        trials = List.copyOf(trials);
    }

    public double medianSpeedup() {
        return median(trials.stream().mapToDouble(Trial::speedup).toArray());
    }

    public double medianSlowdown() {
        return median(trials.stream().mapToDouble(trial -> 1 / trial.speedup()).toArray());
    }

    public double medianCoresBusy() {
        return median(trials.stream().mapToDouble(Trial::coresBusy).toArray());
    }

    public double medianBaselineMillis() {
        return median(trials.stream().mapToDouble(trial -> trial.baselineNanos() / 1e6).toArray());
    }

    public double medianCandidateMillis() {
        return median(trials.stream().mapToDouble(trial -> trial.candidateNanos() / 1e6).toArray());
    }

    public long wrongAnswers() {
        return trials.stream().filter(trial -> !trial.answersAgree()).count();
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
