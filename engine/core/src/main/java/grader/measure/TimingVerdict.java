package grader.measure;

import grader.exercise.TimingSpec;

/**
 * The grade of one timing check: the share of its points earned, a plain explanation with the
 * figures and the band they fell in, and the figures themselves. {@code inconclusive} marks a
 * measurement that could not decide (too few trials had the cores, or one core): it earns nothing
 * yet and is flagged for a re-run rather than passed off as a fail. {@code settled} says that more
 * trials cannot change the verdict (full credit, a wrong answer, work that was never divided).
 */
public record TimingVerdict(TimingSpec spec, double credit, boolean inconclusive, boolean settled,
                            String explanation, TimingFigures figures) {

    public double score() {
        return spec.points() * credit;
    }
}
