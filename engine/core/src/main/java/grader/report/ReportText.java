package grader.report;

import grader.compile.CompilerMessage;
import grader.policy.Violation;
import grader.score.GradeReport;
import java.util.ArrayList;
import java.util.List;

/** The parts of a report's text that the console and JSON reports share. */
final class ReportText {

    private ReportText() {
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

    static String stages(GradeReport report) {
        List<String> parts = new ArrayList<>();
        report.stageMillis().forEach((stage, millis) -> parts.add(stage + " " + millis + " ms"));
        return String.join(", ", parts);
    }
}
