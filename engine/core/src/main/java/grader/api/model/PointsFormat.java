package grader.api.model;

import java.util.Locale;

/** How points are written everywhere: whole numbers without decimals, others with two. Stateless. */
public final class PointsFormat {

    private PointsFormat() {
    }

    public static String format(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.2f", points);
    }
}
