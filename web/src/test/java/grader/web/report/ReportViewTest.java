package grader.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import grader.api.model.Report;
import grader.web.source.SourceLinks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored report as a page shows it: a timing check once, with its points, and hidden tests withheld from students. */
class ReportViewTest {

    private static final String REPORT = """
            {"score": 9, "max_score": 14, "output": "", "tests": [
              {"name": "PublicTest: sums", "score": 3, "max_score": 3, "status": "passed", "output": "", "visibility": "visible"},
              {"name": "HiddenTest: overflow", "score": 4, "max_score": 7, "status": "failed", "output": "no", "visibility": "after_published"},
              {"name": "Speedup on all cores", "score": 2, "max_score": 4, "status": "failed", "output": "Inconclusive: too busy (1.10x).", "visibility": "visible", "outcome": "inconclusive"}],
             "speedup": [{"name": "Speedup on all cores", "kind": "speedup", "credit": 0.5, "inconclusive": true, "cores": 2,
               "trials": 10, "clean_trials": 0, "speedup": 1.1, "explanation": "Inconclusive: too busy (1.10x)."}]}
            """;

    @Test
    void aTimingCheckShowsOnceWithItsPoints() {
        ReportView view = ReportView.of(Report.fromJson(REPORT), true, SourceLinks.none());
        assertEquals(List.of("PublicTest: sums", "HiddenTest: overflow"), view.tests().stream().map(ReportView.TestLine::name).toList());
        ReportView.SpeedupLine speedup = view.speedups().get(0);
        assertEquals(2.0, speedup.score());
        assertEquals(4.0, speedup.maxScore());
        assertEquals(true, speedup.pending());
    }

    @Test
    void studentsSeeHiddenTestsAsACountAndTheirPoints() {
        ReportView view = ReportView.of(Report.fromJson(REPORT), false, SourceLinks.none());
        assertEquals(List.of("PublicTest: sums"), view.tests().stream().map(ReportView.TestLine::name).toList());
        assertEquals(1, view.hiddenWithheld());
        assertEquals(4, view.hiddenScore());
        assertEquals(7, view.hiddenMaxScore());
    }
}
