package grader.validate;

import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether one grading of a variant shows what its expectation says. */
public final class VariantCheck {

    private VariantCheck() {
    }

    /** Empty when the expectation held; otherwise what went against it, in a sentence or two. */
    public static Optional<String> problem(Variant variant, GradeReport report) {
        if (variant.expectFull()) {
            return report.score() == report.maxScore() ? Optional.empty()
                    : Optional.of(String.format(Locale.ROOT, "scored %s/%s; lost points on: %s", report.score(),
                    report.maxScore(), lostPoints(report)));
        }
        if (report.score() >= report.maxScore()) {
            return Optional.of("is broken but scored full");
        }
        List<String> passedWrongly = new ArrayList<>();
        for (String id : variant.mustFail()) {
            Optional<ReportItem> item = report.items().stream().filter(candidate -> candidate.id().equals(id)).findFirst();
            if (item.isEmpty()) {
                passedWrongly.add(id + " (no such item in the report)");
            } else if (item.get().status() == ItemStatus.PASSED) {
                passedWrongly.add(id);
            }
        }
        return passedWrongly.isEmpty() ? Optional.empty()
                : Optional.of("should fail " + String.join(", ", passedWrongly) + " but did not; lost points on: "
                + lostPoints(report));
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
