package grader.validate;

import grader.api.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whether one grading of a variant shows what its expectation says, judged on its report. Stateless. */
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

    public static Outcome check(Variant variant, Report report) {
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
            Report.Test item = report.tests().stream().filter(candidate -> id.equals(candidate.id())).findFirst().orElse(null);
            if (item == null) {
                passedWrongly.add(id + " (no such item in the report)");
            } else if (Report.Test.PASSED.equals(item.status())) {
                passedWrongly.add(id);
            }
        }
        return passedWrongly.isEmpty() ? new Outcome(Verdict.HELD, "") : new Outcome(Verdict.VIOLATED,
                "should fail " + String.join(", ", passedWrongly) + " but did not; lost points on: " + lostPoints(report));
    }

    private static String lostPoints(Report report) {
        return report.tests().stream().filter(item -> !Report.Test.PASSED.equals(item.status()))
                .map(item -> item.id() + " (" + firstLine(item.output()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
