package grader.report;

import grader.api.model.PointsFormat;
import grader.exercise.GradingScope;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;

/**
 * The human report on a terminal. It leads with what to fix first, then lists every item with its
 * points and, under each one that lost points, why (and what the test printed); a local check
 * says plainly that the hidden tests run only at submission. Colour only when asked, for a
 * terminal; without it the text reads the same to a screen reader or in a log. Immutable.
 */
public final class ConsoleReport {

    private static final int POINTS_WIDTH = 7;
    private static final String DETAIL_INDENT = "             ";

    private final boolean colour;

    public ConsoleReport(boolean colour) {
        this.colour = colour;
    }

    public String render(GradeReport report) {
        StringBuilder text = new StringBuilder();
        text.append(bold(report.exerciseId() + " — " + report.exerciseTitle())).append(report.scope() == GradingScope.PUBLIC_ONLY
                ? "\nLocal check: public tests only; hidden tests run when you submit, so passing here is not yet full marks."
                : "\nFull grading: public and hidden tests.").append("\n\n");
        ReportText.fixFirst(report).ifPresentOrElse(advice -> {
            text.append(bold("Fix first: ")).append(advice.headline()).append('\n');
            advice.details().forEach(line -> text.append("  ").append(line).append('\n'));
        }, () -> text.append(paint("32", report.scope() == GradingScope.PUBLIC_ONLY
                ? "Every public check passed." : "Every check passed.")).append('\n'));
        text.append('\n');
        for (String line : ReportText.summaryLines(report)) {
            text.append(line).append('\n');
        }
        if (!ReportText.summaryLines(report).isEmpty()) {
            text.append('\n');
        }
        for (ReportItem item : report.items()) {
            String points = PointsFormat.format(item.score()) + "/" + PointsFormat.format(item.maxScore());
            text.append("  ").append(mark(item.status())).append(' ')
                    .append(points).append(" ".repeat(Math.max(1, POINTS_WIDTH - points.length())))
                    .append(ReportText.inWords(item.name())).append('\n');
            if (item.status() != ItemStatus.PASSED || isTiming(item)) {
                indent(text, item.feedback());
            }
            item.interleaving().ifPresent(timeline -> indent(text, String.join("\n", TimelineText.lines(timeline))));
            if (item.status() != ItemStatus.PASSED && !item.output().isBlank()) {
                indent(text, "It printed:\n" + item.output().strip());
            }
        }
        report.host().isolation().stream().filter(layer -> layer.startsWith("MISSING"))
                .forEach(layer -> text.append("\nIsolation ").append(layer).append('\n'));
        text.append('\n').append(bold("Score: " + PointsFormat.format(report.score()) + "/"
                + PointsFormat.format(report.maxScore()))).append("   (").append(ReportText.stages(report)).append(")\n");
        return text.toString();
    }

    private static boolean isTiming(ReportItem item) {
        return item.id().startsWith("timing:");
    }

    private static void indent(StringBuilder text, String block) {
        if (block.isBlank()) {
            return;
        }
        for (String line : block.strip().split("\n")) {
            text.append(DETAIL_INDENT).append(line).append('\n');
        }
    }

    private String mark(ItemStatus status) {
        return switch (status) {
            case PASSED -> paint("32", "PASS");
            case PARTIAL -> paint("33", "PART");
            // A verdict still to settle is "pending", as in every gradebook.
            case INCONCLUSIVE -> paint("33", "PEND");
            case FAILED -> paint("31", "FAIL");
        };
    }

    private String bold(String text) {
        return paint("1", text);
    }

    private String paint(String code, String text) {
        return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
