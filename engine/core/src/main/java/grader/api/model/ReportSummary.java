package grader.api.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a list or a gradebook shows of one report: score, maximum, main speedup (empty where the
 * exercise measures none or it could not be measured) and status. Computed by
 * {@link Report#summary()}; only a course's gradebook makes one by hand, for a student with
 * nothing graded ({@link GradeStatus#MISSING}). Immutable.
 */
public record ReportSummary(double score, double maxScore, Optional<Double> mainSpeedup, GradeStatus status) {

    /** The main speedup as a gradebook's {@code speedup} column writes it: two decimals, or nothing. */
    public String speedupText() {
        return mainSpeedup.map(ReportSummary::speedupText).orElse("");
    }

    /** A speedup as every gradebook writes it, two decimals. */
    public static String speedupText(double speedup) {
        return String.format(Locale.ROOT, "%.2f", speedup);
    }
}
