package grader.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.api.model.Report;
import grader.api.model.SubmittedSource;
import grader.child.interleaving.Timeline;
import grader.child.interleaving.TimelineStep;
import grader.child.interleaving.TimelineStep.Kind;
import grader.exercise.GradingScope;
import grader.exercise.Visibility;
import grader.report.GradescopeReport;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;
import grader.web.pages.Templates;
import grader.web.source.SourceLinks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A model checker's interleaving, from the engine's JSON report to the page's timeline table. */
class ReportViewInterleavingTest {

    private static final String OPERATION = "withdraw(0, 20): true";

    @Test
    void theTimelineHasALanePerThreadTheStepsThatMatterAndTheCulpritMarked() {
        ReportView.TestLine line = raced();

        assertEquals("= Invalid execution results =", line.output().text(), "the text drawing gives way to the table");
        ReportView.Interleaving timeline = line.interleaving();
        assertEquals(List.of("Thread 1", "Thread 2"), timeline.threads());
        assertEquals(List.of(new ReportView.Step(1, 1, "operation", OPERATION, "", null, false),
                new ReportView.Step(2, 1, "read", "balance ➜ 30", "Account.java:27", null, false),
                new ReportView.Step(3, 1, "switch", "switch", "", null, false),
                new ReportView.Step(4, 0, "write", "balance = 10", "Account.java:41", null, true)), timeline.steps(),
                "the lock is left out");
    }

    @Test
    void thePartialDrawsItAsATableWithHeadersForScreenReaders() {
        String html = new Templates().render("interleaving", Map.of("timeline", raced().interleaving()));

        assertTrue(html.contains("<th scope=\"col\">Thread 1</th><th scope=\"col\">Thread 2</th>"), html);
        assertTrue(html.contains("<tr class=\"write culprit\">"), html);
        assertTrue(html.contains("<td></td><td>balance ➜ 30 <span class=\"muted\">Account.java:27</span></td>"), html);
        assertTrue(html.contains("Thread 1 wrote Account#1.balance = 10"), html);
    }

    @Test
    void stepsAndTheSummaryLinkToTheLinesOfTheSubmittedSource() {
        SourceLinks links = SourceLinks.of(7, List.of(new SubmittedSource("Account.java", "Account.java", "line\n".repeat(30))));
        ReportView.Interleaving timeline = view(racedItem(), links).tests().get(0).interleaving();

        assertEquals("/submissions/7/source?file=Account.java#L27", timeline.steps().get(1).href());
        assertNull(timeline.steps().get(3).href(), "line 41 is past the end of this Account.java");
        String html = new Templates().render("interleaving", Map.of("timeline", timeline));
        assertTrue(html.contains("<td></td><td>balance ➜ 30 <a href=\"/submissions/7/source?file=Account.java#L27\">Account.java:27</a></td>"), html);
        assertTrue(html.contains("balance = 10 <span class=\"muted\">Account.java:41</span>"), html);
    }

    @Test
    void aTestWithoutOneHasNoTimeline() {
        ReportItem plain = new ReportItem("exercise1.LostUpdateTest#concurrentDeposits", "LostUpdateTest: deposits",
                Visibility.HIDDEN, 1, 0, ItemStatus.FAILED, "lost 3 deposits", "");
        assertNull(view(plain).tests().get(0).interleaving());
    }

    private static ReportView.TestLine raced() {
        return view(racedItem()).tests().get(0);
    }

    private static ReportItem racedItem() {
        Timeline timeline = new Timeline("Invalid execution results",
                "Thread 1 wrote Account#1.balance = 10 at Account.java:41 after thread 2 had read it.", 2, List.of(
                        new TimelineStep(2, Kind.OPERATION, OPERATION, "", "true", "", "", OPERATION),
                        new TimelineStep(2, Kind.READ, "balance ➜ 30", "Account#1.balance", "30", "Account.balance",
                                "Account.java:27", OPERATION),
                        new TimelineStep(2, Kind.SWITCH, "switch", "", "", "", "", OPERATION),
                        new TimelineStep(1, Kind.LOCK, "MONITORENTER", "", "", "Account.withdraw", "Account.java:40",
                                OPERATION),
                        new TimelineStep(1, Kind.WRITE, "balance = 10", "Account#1.balance", "10", "Account.withdraw",
                                "Account.java:41", OPERATION)), 4);
        return new ReportItem("exercise1.InterleavingTest#everyInterleavingMatchesOneAtATime",
                "InterleavingTest: every interleaving", Visibility.HIDDEN, 2, 0, ItemStatus.FAILED,
                "= Invalid execution results =", "", Optional.of(timeline), OptionalLong.of(900));
    }

    private static ReportView view(ReportItem item) {
        return view(item, SourceLinks.none());
    }

    private static ReportView view(ReportItem item, SourceLinks links) {
        GradeReport report = new GradeReport("exercise1", "A bank", GradingScope.ALL, List.of(item), List.of(),
                List.of(), List.of(), List.of(), Map.of("tests", 10L), new GradeReport.HostInfo("host", 2, "17", List.of()));
        // Through the stored form, as a page reads it.
        return ReportView.of(Report.fromJson(GradescopeReport.of(report).toJson()), true, links);
    }
}
