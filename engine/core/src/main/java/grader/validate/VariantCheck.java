package grader.validate;

import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whether one grading of a variant shows what its expectation says. */
public final class VariantCheck {

    /** How a grading stood against a variant's expectation. */
    public enum Verdict {
        HELD,
        /**
         * The grade contradicts the expectation. A correct variant whose speedup the grader could
         * not decide counts as this too: on a machine that can run threads side by side, the
         * verdict never depends on how busy it was, so an undecided one is a defect to see.
         */
        VIOLATED
    }

    /** The verdict, and what went against the expectation when it did not hold. */
    public record Outcome(Verdict verdict, String problem) {
    }

    private VariantCheck() {
    }

    public static Outcome check(Variant variant, GradeReport report) {
        if (variant.expectFull()) {
            if (report.score() == report.maxScore()) {
                return new Outcome(Verdict.HELD, "");
            }
            return new Outcome(Verdict.VIOLATED, String.format(Locale.ROOT,
                    "scored %s/%s; lost points on: %s", report.score(), report.maxScore(), lostPoints(report)));
        }
        if (report.score() >= report.maxScore()) {
            return new Outcome(Verdict.VIOLATED, "is broken but scored full");
        }
        List<String> passedWrongly = new ArrayList<>();
        for (String id : variant.mustFail()) {
            ReportItem item = report.items().stream().filter(candidate -> candidate.id().equals(id)).findFirst().orElse(null);
            if (item == null) {
                passedWrongly.add(id + " (no such item in the report)");
            } else if (item.status() == ItemStatus.PASSED) {
                passedWrongly.add(id);
            }
        }
        return passedWrongly.isEmpty() ? new Outcome(Verdict.HELD, "") : new Outcome(Verdict.VIOLATED,
                "should fail " + String.join(", ", passedWrongly) + " but did not; lost points on: " + lostPoints(report));
    }

    private static String lostPoints(GradeReport report) {
        return report.items().stream().filter(item -> item.status() != ItemStatus.PASSED)
                .map(item -> item.id() + " (" + firstLine(item.feedback()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
