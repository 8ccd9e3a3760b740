package grader.measure;

import grader.exercise.SpeedupBand;
import grader.exercise.TimingSpec;
import java.util.Locale;

/**
 * Turns measured figures into a verdict, on the grader's side of the channel, where student code
 * cannot reach. For a speedup:
 * <ol>
 *   <li>a wrong answer on any trial fails the check;</li>
 *   <li>work that was never divided fails it, whatever the machine did: the candidate's busiest
 *       thread did nearly all its CPU work (a busy core slows threads, it does not merge them);</li>
 *   <li>only clean trials count, in which the grader's own probe found the cores free around the
 *       candidate's run; with too few of them the verdict is inconclusive, never a fail;</li>
 *   <li>the speedup, the grader's best sequential time over the submission's best clean time (see
 *       {@link TimingFigures}), falls in a band scaled to the cores: a band's least speedup is
 *       {@code 1 + minEfficiency * (cores - 1)}.</li>
 * </ol>
 */
public final class TimingJudge {

    /** Fewer clean trials than this cannot support a verdict. */
    public static final int MIN_CLEAN_TRIALS = 8;
    /** A split below {@code 1 + this * (threads - 1)} means the work was not divided. */
    private static final double UNDIVIDED_SPLIT_MARGIN = 0.25;

    public TimingVerdict judge(TimingSpec spec, TimingFigures figures) {
        if (!figures.failure().isEmpty()) {
            return settled(spec, 0, "Could not be measured: " + figures.failure(), figures);
        }
        if (figures.trials().isEmpty()) {
            return settled(spec, 0, "No trial finished.", figures);
        }
        if (figures.wrongAnswers() > 0) {
            return settled(spec, 0, String.format(Locale.ROOT,
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
        int threads = figures.threads();
        if (cores < 2) {
            return new TimingVerdict(spec, 0, true, true,
                    "Inconclusive: this machine has one core, so no speedup can be measured.", figures);
        }
        double split = figures.medianWorkSplit();
        if (split < 1 + UNDIVIDED_SPLIT_MARGIN * (threads - 1)) {
            return settled(spec, 0, String.format(Locale.ROOT,
                    "Failed: the work was not divided. Given %d threads, your busiest thread did %.0f%% of the CPU work"
                            + " (work split %.2f; an even split over %d threads is %d.00).",
                    threads, 100 / split, split, threads, threads), figures);
        }
        int clean = figures.cleanTrials().size();
        String context = String.format(Locale.ROOT,
                "%d threads on %d cores; %d of %d trials had the cores free; work split %.2f; best times: sequential %.1f ms, yours %.1f ms",
                threads, cores, clean, figures.trials().size(), split, figures.bestBaselineMillis(),
                clean > 0 ? figures.bestCleanCandidateMillis() : figures.bestCandidateMillis());
        if (clean < MIN_CLEAN_TRIALS) {
            return new TimingVerdict(spec, 0, true, false, String.format(Locale.ROOT,
                    "Inconclusive: the machine was too busy to measure fairly (%s). Flagged for a re-run.", context), figures);
        }
        double speedup = figures.speedup();
        for (SpeedupBand band : spec.bands()) {
            if ((speedup - 1) / (cores - 1) >= band.minEfficiency()) {
                return new TimingVerdict(spec, band.credit(), false, band.credit() >= 1, String.format(Locale.ROOT,
                        "%s: speedup %.2f× (%s), at least the %.2f× that earns %.0f%%.",
                        band.credit() >= 1 ? "Passed" : "Partial credit", speedup, context,
                        leastSpeedup(band, cores), band.credit() * 100), figures);
            }
        }
        SpeedupBand lowest = spec.bands().get(spec.bands().size() - 1);
        return new TimingVerdict(spec, 0, false, false, String.format(Locale.ROOT,
                "Too slow: speedup %.2f× (%s); credit starts at %.2f×.", speedup, context, leastSpeedup(lowest, cores)),
                figures);
    }

    private static double leastSpeedup(SpeedupBand band, int cores) {
        return 1 + band.minEfficiency() * (cores - 1);
    }

    private static TimingVerdict judgeOverhead(TimingSpec spec, TimingFigures figures) {
        double slowdown = figures.slowdown();
        String measured = String.format(Locale.ROOT,
                "on small inputs yours took %.2f× the time of a sequential loop (%.2f ms against %.2f ms, best of %d trials)",
                slowdown, figures.bestCandidateMillis(), figures.bestBaselineMillis(), figures.trials().size());
        if (slowdown <= spec.maxSlowdown()) {
            return settled(spec, 1, "Passed: " + measured + ".", figures);
        }
        return new TimingVerdict(spec, 0, false, false, String.format(Locale.ROOT,
                "Too slow: %s; at most %.1f× is allowed. Small inputs should skip the threads.",
                measured, spec.maxSlowdown()), figures);
    }

    private static TimingVerdict settled(TimingSpec spec, double credit, String explanation, TimingFigures figures) {
        return new TimingVerdict(spec, credit, false, true, explanation, figures);
    }
}
