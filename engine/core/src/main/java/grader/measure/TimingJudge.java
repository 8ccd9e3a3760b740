package grader.measure;

import grader.exercise.SpeedupBand;
import grader.exercise.TimingSpec;
import java.util.Locale;

/**
 * Turns measured figures into a verdict, on the grader's side of the channel, where student code
 * cannot reach. Speedup bands are scaled to the cores: a band's least speedup is
 * {@code 1 + minEfficiency * (cores - 1)}.
 */
public final class TimingJudge {

    public TimingVerdict judge(TimingSpec spec, TimingFigures figures) {
        if (!figures.failure().isEmpty()) {
            return new TimingVerdict(spec, 0, false, "Could not be measured: " + figures.failure(), figures);
        }
        if (figures.trials().isEmpty()) {
            return new TimingVerdict(spec, 0, false, "No trial finished.", figures);
        }
        if (figures.wrongAnswers() > 0) {
            return new TimingVerdict(spec, 0, false, String.format(Locale.ROOT,
                    "Your answer differed from the grader's on %d of %d random inputs.",
                    figures.wrongAnswers(), figures.trials().size()), figures);
        }
        return switch (spec.kind()) {
            case SPEEDUP -> judgeSpeedup(spec, figures);
            case OVERHEAD -> judgeOverhead(spec, figures);
        };
    }

    private static TimingVerdict judgeSpeedup(TimingSpec spec, TimingFigures figures) {
        int cores = figures.cores();
        String measured = String.format(Locale.ROOT,
                "speedup %.2f× with %d threads on %d cores (sequential %.1f ms, yours %.1f ms, %.1f cores busy; median of %d trials)",
                figures.medianSpeedup(), figures.threads(), cores, figures.medianBaselineMillis(),
                figures.medianCandidateMillis(), figures.medianCoresBusy(), figures.trials().size());
        if (cores < 2) {
            return new TimingVerdict(spec, 0, true,
                    "Inconclusive: this machine has one core, so no speedup can be measured; " + measured + ".", figures);
        }
        double efficiency = (figures.medianSpeedup() - 1) / (cores - 1);
        for (SpeedupBand band : spec.bands()) {
            if (efficiency >= band.minEfficiency()) {
                return new TimingVerdict(spec, band.credit(), false, String.format(Locale.ROOT,
                        "%s: %s, at least the %.2f× that earns %.0f%%.", band.credit() >= 1 ? "Passed" : "Partial credit",
                        measured, leastSpeedup(band, cores), band.credit() * 100), figures);
            }
        }
        SpeedupBand lowest = spec.bands().get(spec.bands().size() - 1);
        return new TimingVerdict(spec, 0, false, String.format(Locale.ROOT,
                "Too slow: %s; credit starts at %.2f×. Is the work really split over the threads?",
                measured, leastSpeedup(lowest, cores)), figures);
    }

    private static double leastSpeedup(SpeedupBand band, int cores) {
        return 1 + band.minEfficiency() * (cores - 1);
    }

    private static TimingVerdict judgeOverhead(TimingSpec spec, TimingFigures figures) {
        double slowdown = figures.medianSlowdown();
        String measured = String.format(Locale.ROOT,
                "on small inputs yours took %.2f× the time of a sequential loop (%.2f ms against %.2f ms, median of %d trials)",
                slowdown, figures.medianCandidateMillis(), figures.medianBaselineMillis(), figures.trials().size());
        if (slowdown <= spec.maxSlowdown()) {
            return new TimingVerdict(spec, 1, false, "Passed: " + measured + ".", figures);
        }
        return new TimingVerdict(spec, 0, false, String.format(Locale.ROOT,
                "Too slow: %s; at most %.1f× is allowed. Small inputs should skip the threads.",
                measured, spec.maxSlowdown()), figures);
    }
}
