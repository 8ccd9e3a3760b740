package grader.api;

import grader.api.model.Report;
import grader.report.ConsoleReport;
import grader.report.GradescopeReport;
import grader.score.GradeReport;

/**
 * One finished grading: its {@link Report}, which is what is stored, exported and shown, and the
 * same findings written for a terminal, which say more (the compiler's errors one by one, what to
 * fix first) than the report's text. Immutable.
 */
public final class Graded {

    private final GradeReport findings;
    private final Report report;

    Graded(GradeReport findings) {
        this.findings = findings;
        this.report = GradescopeReport.of(findings);
    }

    public Report report() {
        return report;
    }

    /** How many static rules the code broke; a list of submissions shows it. */
    public int violations() {
        return findings.violations().size();
    }

    /** The report for a terminal, with colour or without (for a screen reader, a log). */
    public String consoleText(boolean colour) {
        return new ConsoleReport(colour).render(findings);
    }
}
