package grader.report;

import grader.compile.CompilerMessage;
import grader.policy.Violation;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The wording of reports: the parts the console and JSON reports share, and the console's advice on what to fix. */
final class ReportText {

    /** A stack frame in a student's file, as the child JVM's diagnosis writes it: {@code (Bank.java:42)}. */
    private static final Pattern FILE_AND_LINE = Pattern.compile("\\(([\\w$]+\\.java):(\\d+)\\)");
    /** A test method's bare name, {@code concurrentDeposits} or {@code concurrentDeposits()}. */
    private static final Pattern METHOD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\(\\))?");
    private static final int FEEDBACK_LINES_SHOWN = 3;

    private ReportText() {
    }

    /** The first thing a student should fix, and why; see {@link #fixFirst}. */
    record Advice(String headline, List<String> details) {

        Advice {
            details = List.copyOf(details);
        }
    }

    /** What went wrong before the tests, and intake's notes: compile errors, static-rule violations. */
    static List<String> summaryLines(GradeReport report) {
        List<String> lines = new ArrayList<>();
        if (!report.compileErrors().isEmpty()) {
            lines.add("Your code does not compile:");
            report.compileErrors().stream().map(CompilerMessage::toString).map(line -> "  " + line).forEach(lines::add);
        }
        if (!report.violations().isEmpty()) {
            lines.add("Your code breaks the static rules, so its tests were not run:");
            report.violations().stream().map(Violation::toString).map(line -> "  " + line).forEach(lines::add);
        }
        report.notes().stream().map(note -> "Note: " + note).forEach(lines::add);
        return lines;
    }

    /**
     * What to fix first, in the order the grader's stages depend on each other: a compile error
     * (nothing else runs), then a static rule (the tests do not run), then the first test or
     * timing check that lost points, with the student's own file and line where the failure
     * passed through one. Checks the grader could not decide are no fault to fix; empty when
     * nothing lost points.
     */
    static Optional<Advice> fixFirst(GradeReport report) {
        if (!report.compileErrors().isEmpty()) {
            CompilerMessage first = report.compileErrors().get(0);
            return Optional.of(new Advice("Your code does not compile (" + plural(report.compileErrors().size(),
                    "error") + "); start with the first:", List.of(first.line() > 0
                    ? first.file() + ", line " + first.line() + ": " + first.message()
                    : first.file() + ": " + first.message())));
        }
        if (!report.violations().isEmpty()) {
            return Optional.of(new Advice("Your code breaks a static rule, so no test ran:",
                    List.of(report.violations().get(0).toString())));
        }
        List<ReportItem> lost = report.items().stream()
                .filter(item -> item.status() == ItemStatus.FAILED || item.status() == ItemStatus.PARTIAL).toList();
        if (!lost.isEmpty()) {
            ReportItem first = lost.get(0);
            List<String> details = new ArrayList<>(firstLines(first.feedback()));
            studentLocation(first.feedback()).ifPresent(where -> details.add("Where: " + where));
            if (lost.size() > 1) {
                details.add("(" + plural(lost.size() - 1, "more check") + " lost points; see below.)");
            }
            return Optional.of(new Advice(inWords(first.name()), details));
        }
        long undecided = report.items().stream().filter(item -> item.status() == ItemStatus.INCONCLUSIVE).count();
        if (undecided > 0) {
            return Optional.of(new Advice("Nothing to fix, but " + plural(undecided, "check")
                    + " could not be measured fairly on this busy machine: run the check again when it is quieter.",
                    List.of()));
        }
        return Optional.empty();
    }

    /**
     * An item's name as a student reads it: a test method without a display name
     * ({@code BankPublicTest: concurrentDeposits()}) becomes words ({@code BankPublicTest:
     * concurrent deposits}); anything else is already words and stays as it is.
     */
    static String inWords(String itemName) {
        int colon = itemName.indexOf(": ");
        String test = colon < 0 ? itemName : itemName.substring(colon + 2);
        if (!METHOD_NAME.matcher(test).matches()) {
            return itemName;
        }
        String words = test.replace("()", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return colon < 0 ? words : itemName.substring(0, colon + 2) + words;
    }

    /** The first of the student's files and lines a failure passed through, {@code Bank.java, line 42}. */
    static Optional<String> studentLocation(String feedback) {
        Matcher frame = FILE_AND_LINE.matcher(feedback);
        return frame.find() ? Optional.of(frame.group(1) + ", line " + frame.group(2)) : Optional.empty();
    }

    static String stages(GradeReport report) {
        List<String> parts = new ArrayList<>();
        report.stageMillis().forEach((stage, millis) -> parts.add(stage + " " + millis + " ms"));
        return String.join(", ", parts);
    }

    private static List<String> firstLines(String text) {
        return text.strip().lines().limit(FEEDBACK_LINES_SHOWN).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
