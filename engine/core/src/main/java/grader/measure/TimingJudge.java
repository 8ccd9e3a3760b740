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
 *   <li>the speedup is measured by the threads' own CPU clocks (see {@link TimingFigures#speedup()}),
 *       which other programs on the machine do not move, so it needs no quiet machine and no re-run;
 *       only where the cores were free and the wall clock still shows the threads far slower than
 *       their CPU work explains (they slept or waited on something) does the wall clock decide;</li>
 *   <li>the speedup falls in a band scaled to what the grader's own parallel workload reached on
 *       these cores: a band's least speedup is {@code 1 + minEfficiency * (reference - 1)}, which is
 *       {@code 1 + minEfficiency * (cores - 1)} on cores that run side by side unhindered;</li>
 *   <li>only a machine that cannot run two threads at once (one core, or cores that gain nothing
 *       side by side) leaves the verdict inconclusive.</li>
 * </ol>
 */
public final class TimingJudge {

    /** A split below {@code 1 + this * (threads - 1)} means the work was not divided. */
    private static final double UNDIVIDED_SPLIT_MARGIN = 0.25;
    /** A reference speedup below this means the cores gain nothing side by side. */
    private static final double LEAST_PARALLEL_REFERENCE = 1.2;
    /**
     * Clean trials needed before their wall clock may overrule the CPU clocks: at least this many,
     * and at least half of all trials. Beside a CPU hog the probe now and then finds the cores free
     * around a run the hog still slowed (a correct fork/join solution showed 0.81x by the wall
     * clock in such trials against 1.85x by its CPU clocks), so a few clean trials are not evidence
     * enough to fail anyone; a machine that is mostly free is.
     */
    private static final int CLEAN_TRIALS_TO_OVERRULE = 3;
    /** Below this share of the CPU-clock speedup, a clean wall clock shows time spent off the CPU. */
    private static final double WAITING_SHARE = 0.5;
    /** A speedup below this share of the lowest band's bar cannot reach it with more trials. */
    private static final double HOPELESS_SHARE = 0.8;
    /** An overhead above this multiple of the allowed one cannot come under it with more trials. */
    private static final double HOPELESS_OVERHEAD = 2;

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
        double reference = figures.referenceSpeedup();
        if (!(reference >= LEAST_PARALLEL_REFERENCE)) {
            return new TimingVerdict(spec, 0, true, true, String.format(Locale.ROOT,
                    "Inconclusive: on this machine even the grader's own parallel loop ran only %.2f× faster on %d threads,"
                            + " so its cores cannot show a speedup.", reference, threads), figures);
        }
        Measured measured = measured(figures);
        String context = String.format(Locale.ROOT,
                "%d threads on %d cores; work split %.2f; %s",
                threads, cores, split, measured.figures());
        for (SpeedupBand band : spec.bands()) {
            double bar = leastSpeedup(band, reference);
            if (measured.speedup() >= bar) {
                return new TimingVerdict(spec, band.credit(), false, band.credit() >= 1, String.format(Locale.ROOT,
                        "%s: speedup %.2f× (%s), at least the %.2f× that earns %.0f%%.%s",
                        band.credit() >= 1 ? "Passed" : "Partial credit", measured.speedup(), context, bar,
                        band.credit() * 100, measured.basis()), figures);
            }
        }
        double lowestBar = leastSpeedup(spec.bands().get(spec.bands().size() - 1), reference);
        return new TimingVerdict(spec, 0, false, measured.speedup() < HOPELESS_SHARE * lowestBar, String.format(Locale.ROOT,
                "Too slow: speedup %.2f× (%s); credit starts at %.2f×.%s", measured.speedup(), context, lowestBar,
                measured.basis()), figures);
    }

    /** The speedup a verdict uses, its figures in words, and why that clock was used. */
    private record Measured(double speedup, String figures, String basis) {
    }

    private static Measured measured(TimingFigures figures) {
        double cpu = figures.speedup();
        int clean = figures.cleanTrials().size();
        int trials = figures.trials().size();
        String reference = String.format(Locale.ROOT, "the grader's own parallel loop reached %.2f×",
                figures.referenceSpeedup());
        if (clean == 0) {
            return new Measured(cpu, String.format(Locale.ROOT,
                    "by your threads' own CPU clocks; %s; no trial had the cores free, so no wall-clock speedup", reference),
                    " Other programs were using the cores in every trial: that slows the wall clock, not your"
                            + " threads' work, so the verdict uses the CPU clocks.");
        }
        double wall = figures.wallSpeedup();
        String both = String.format(Locale.ROOT,
                "by your threads' own CPU clocks; %s; wall clock %.2f× in the %d of %d trials that had the cores free"
                        + " (best times: sequential %.1f ms, yours %.1f ms)",
                reference, wall, clean, trials, figures.bestBaselineMillis(), figures.bestCleanCandidateMillis());
        if (clean >= CLEAN_TRIALS_TO_OVERRULE && 2 * clean >= trials && wall < WAITING_SHARE * cpu) {
            return new Measured(wall, both, String.format(Locale.ROOT,
                    " The verdict uses the wall clock: with the cores free your call still took far longer than its"
                            + " CPU work explains (%.2f× by the CPU clocks), so its threads spent the time waiting"
                            + " (sleeping, blocked on a lock, or waiting for each other), not computing.", cpu));
        }
        String basis = wall < cpu * Trial.CLEAN_SHARE_OF_CORES
                ? " The verdict uses the CPU clocks: other programs on the machine slow the wall clock, not your threads' work."
                : "";
        return new Measured(cpu, both, basis);
    }

    private static double leastSpeedup(SpeedupBand band, double reference) {
        return 1 + band.minEfficiency() * (reference - 1);
    }

    private static TimingVerdict judgeOverhead(TimingSpec spec, TimingFigures figures) {
        double slowdown = figures.slowdown();
        String measured = String.format(Locale.ROOT,
                "on small inputs yours took %.2f× the time of a sequential loop (%.2f ms against %.2f ms, best of %d trials)",
                slowdown, figures.bestCandidateMillis(), figures.bestBaselineMillis(), figures.trials().size());
        if (slowdown <= spec.maxSlowdown()) {
            return settled(spec, 1, "Passed: " + measured + ".", figures);
        }
        return new TimingVerdict(spec, 0, false, slowdown > HOPELESS_OVERHEAD * spec.maxSlowdown(), String.format(Locale.ROOT,
                "Too slow: %s; at most %.1f× is allowed. Small inputs should skip the threads.",
                measured, spec.maxSlowdown()), figures);
    }

    private static TimingVerdict settled(TimingSpec spec, double credit, String explanation, TimingFigures figures) {
        return new TimingVerdict(spec, credit, false, true, explanation, figures);
    }
}
