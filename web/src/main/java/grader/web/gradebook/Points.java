package grader.web.gradebook;

/**
 * Scores as the course keeps them: to two decimals. The late penalty's arithmetic leaves binary
 * fractions such as {@code 13.950000000000001}, which no gradebook should show or import; scores
 * are rounded once, where they are stored, and again where older rows leave the server (the API
 * and the exports).
 */
public final class Points {

    private Points() {
    }

    /** {@code points} to the nearest hundredth (halves away from zero). */
    public static double round(double points) {
        return Math.signum(points) * Math.round(Math.abs(points) * 100) / 100.0;
    }

    /** As {@link #round(double)}, keeping null (nothing graded) as null. */
    public static Double round(Double points) {
        return points == null ? null : round(points.doubleValue());
    }
}
