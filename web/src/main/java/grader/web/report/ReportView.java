package grader.web.report;

import grader.api.model.GradeStatus;
import grader.api.model.Report;
import grader.web.source.LinkedText;
import grader.web.source.SourceLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as a page shows it to one viewer. Hidden tests
 * ({@code after_published}) show their names, feedback and output to a student only once the
 * instructor has published the exercise's hidden results; until then the student sees how many
 * there are and the points they make together, never which failed or why. Instructors see all.
 * A timing check is both a scored item and a set of figures in the stored report; here it is one
 * speedup line with its points and the engine's explanation, which carries the figures, not also
 * a test line or a column that repeats them. The report's
 * file:line references (stack traces, the deadlock diagnosis, the interleaving's steps) link to
 * that line of the submitted source where the submission has it ({@link SourceLinks}). Immutable.
 */
public record ReportView(double score, double maxScore, LinkedText output, List<TestLine> tests, List<SpeedupLine> speedups,
                         int hiddenWithheld, double hiddenScore, double hiddenMaxScore, List<String> isolation,
                         String machine) {

    /**
     * One test or check of the report; {@code interleaving} is null unless the model checker
     * failed it, and then {@code output} stops before the interleaving's text, which the page
     * draws as a table instead.
     */
    public record TestLine(String name, double score, double maxScore, String outcome, LinkedText output, boolean hidden,
                           Interleaving interleaving) {
    }

    /**
     * The thread schedule that broke a test, for the page's timeline: one lane (column) per
     * thread, one row per step that matters, the step the summary blames marked.
     */
    public record Interleaving(String verdict, LinkedText summary, List<String> threads, List<Step> steps) {
    }

    /**
     * One row of the timeline: the step's number, its thread's lane (0-based), what it did, and
     * where ({@code location}, {@code Bank.java:14}; {@code href} the link to it, or null).
     */
    public record Step(int number, int lane, String kind, String text, String location, String href, boolean culprit) {
    }

    /**
     * One timing check: its points (null where the report has none), its verdict as the report's
     * outcome word ({@code passed}, {@code partial}, {@code failed}; null without a scored item),
     * and the engine's explanation, which states the verdict and the figures in one sentence, so
     * the page shows them once, from there. {@code pending}: the verdict is not settled yet (the
     * report's {@code inconclusive}).
     */
    public record SpeedupLine(String name, Double score, Double maxScore, String outcome, boolean pending, int trials,
                              int cleanTrials, String explanation) {

        /** The style of the verdict's cell: the gradebooks' {@code pending} while unsettled, else the outcome. */
        public String resultClass() {
            return pending ? GradeStatus.PENDING.word() : outcome;
        }
    }

    public static ReportView of(Report report, boolean showHidden, SourceLinks links) {
        Map<String, Report.Test> items = new HashMap<>();
        report.tests().forEach(test -> items.put(test.name(), test));
        List<SpeedupLine> speedups = new ArrayList<>();
        for (Report.Timing timing : report.timings()) {
            Report.Test item = items.remove(timing.name());
            speedups.add(new SpeedupLine(timing.name(), item == null ? null : item.score(), item == null ? null : item.maxScore(),
                    item == null ? null : outcome(item), timing.inconclusive(), timing.trials(), timing.cleanTrials(),
                    timing.explanation()));
        }
        List<TestLine> tests = new ArrayList<>();
        int withheld = 0;
        double hiddenScore = 0;
        double hiddenMax = 0;
        for (Report.Test test : report.tests()) {
            if (!items.containsKey(test.name())) {
                continue; // a timing check, shown with its figures above
            }
            if (test.hidden() && !showHidden) {
                withheld++;
                hiddenScore += test.score();
                hiddenMax += test.maxScore();
                continue;
            }
            Interleaving interleaving = test.interleaving() == null ? null : interleaving(test.interleaving(), links);
            int drawn = test.output().indexOf("\n\n" + Report.Interleaving.HEADING);
            tests.add(new TestLine(test.name(), test.score(), test.maxScore(),
                    outcome(test),
                    links.link(interleaving != null && drawn >= 0 ? test.output().substring(0, drawn) : test.output()), test.hidden(),
                    interleaving));
        }
        List<String> isolation = report.host() == null ? List.of() : report.host().isolation();
        return new ReportView(report.score(), report.maxScore(), links.link(report.output()), tests, speedups, withheld, hiddenScore,
                hiddenMax, isolation, machine(report.host()));
    }

    /** The grader's finer word for how a test went, or Gradescope's status in a report older than the outcome. */
    private static String outcome(Report.Test test) {
        return test.outcome() != null ? test.outcome() : test.status();
    }

    /** The timeline of a test's interleaving, steps that do not matter left out. */
    private static Interleaving interleaving(Report.Interleaving timeline, SourceLinks links) {
        List<String> threads = new ArrayList<>();
        for (int thread = 1; thread <= timeline.threads(); thread++) {
            threads.add("Thread " + thread);
        }
        List<Step> steps = new ArrayList<>();
        for (int index = 0; index < timeline.steps().size(); index++) {
            Report.Step step = timeline.steps().get(index);
            if (step.matters()) {
                steps.add(new Step(steps.size() + 1, step.thread() - 1, step.kind(), step.text(), step.location(),
                        links.href(step.location()), index == timeline.culprit()));
            }
        }
        return new Interleaving(timeline.verdict(), links.link(timeline.summary()), threads, steps);
    }

    /** Where it was graded, as the engine's report names it ("host: 8 cores, Java 17.0.15"); null if it does not. */
    private static String machine(Report.Host host) {
        if (host == null || host.name() == null) {
            return null;
        }
        return host.name() + ": " + host.cores() + " cores, Java " + host.java();
    }
}
