package grader.report;

import grader.api.model.Report;
import grader.child.interleaving.Timeline;
import grader.child.interleaving.TimelineStep;
import grader.measure.TimingFigures;
import grader.measure.TimingVerdict;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a grading's findings into its {@link Report}, the contract's JSON as records: each item
 * with Gradescope's status ({@code passed} only with every point) and text output (the feedback,
 * what the test printed and the interleaving drawn), and the grader's own fields beside them.
 * Stateless.
 */
public final class GradescopeReport {

    private GradescopeReport() {
    }

    public static Report of(GradeReport report) {
        return new Report(report.score(), report.maxScore(), report.executionSeconds(),
                String.join("\n", ReportText.summaryLines(report)),
                report.items().stream().map(GradescopeReport::test).toList(), report.exerciseId(),
                report.timings().stream().map(GradescopeReport::timing).toList(), report.stageMillis(),
                new Report.Host(report.host().hostName(), report.host().cores(), report.host().javaVersion(),
                        report.host().isolation()), false);
    }

    /** Writes {@code report} to {@code file} whole or not at all. */
    public static void write(Report report, Path file) {
        AtomicFile.write(file, report.toIndentedJson());
    }

    private static Report.Test test(ReportItem item) {
        String timeline = item.interleaving().map(t -> "\n\n" + String.join("\n", TimelineText.lines(t))).orElse("");
        String output = (item.output().isBlank() ? item.feedback()
                : item.feedback() + "\n\nIt printed:\n" + item.output()) + timeline;
        return new Report.Test(item.name(), item.score(), item.maxScore(),
                item.status() == ItemStatus.PASSED ? Report.Test.PASSED : Report.Test.FAILED, output, "text",
                item.visibility().gradescopeValue(), item.id(), lowerCase(item.status().name()),
                item.interleaving().map(GradescopeReport::interleaving).orElse(null));
    }

    /** The interleaving as data, for pages that draw it (the web report's timeline). */
    private static Report.Interleaving interleaving(Timeline timeline) {
        return new Report.Interleaving(timeline.verdict(), timeline.summary(), timeline.threads(), timeline.culprit(),
                timeline.steps().stream().map(GradescopeReport::step).toList());
    }

    private static Report.Step step(TimelineStep step) {
        return new Report.Step(step.thread(), lowerCase(step.kind().name()), step.text(), step.subject(), step.value(),
                step.method(), step.location(), step.operation(), step.matters());
    }

    private static Report.Timing timing(TimingVerdict verdict) {
        TimingFigures figures = verdict.figures();
        Report.Figures measured = figures.trials().isEmpty() ? null : new Report.Figures(figure(figures.speedup()),
                figure(figures.wallSpeedup()), figure(figures.referenceSpeedup()), figure(figures.slowdown()),
                figure(figures.bestBaselineMillis()), figure(figures.bestCandidateMillis()),
                figure(figures.bestCleanCandidateMillis()), figure(figures.medianWorkSplit()),
                figure(figures.medianCoresAvailable()), figure(figures.medianBaselineMillis()),
                figure(figures.medianCandidateMillis()), figure(figures.medianCoresBusy()));
        return new Report.Timing(verdict.spec().name(), lowerCase(verdict.spec().kind().name()), verdict.credit(),
                verdict.inconclusive(), figures.cores(), figures.threads(), figures.trials().size(),
                figures.cleanTrials().size(), measured, verdict.explanation());
    }

    /** A measured figure, or null where there was nothing to measure it on (no clean trial, say). */
    private static Double figure(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
