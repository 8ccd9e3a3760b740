package grader.exercise;

/**
 * A step of a speedup check's grading scale: a parallel efficiency of at least
 * {@code minEfficiency} earns {@code credit} (a fraction of the check's points). Efficiency is
 * {@code (speedup - 1) / (cores - 1)}: 0 for no gain, 1 for perfect use of every core, so the same
 * band is fair on 2 cores and on 16.
 */
public record SpeedupBand(double minEfficiency, double credit) {
}
