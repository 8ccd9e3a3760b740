package grader.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.api.model.Report;
import grader.web.report.ReportView;
import grader.web.source.SourceLinks;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report as its page words it: a pending timing check's verdict and figures once (no
 * "pending: Inconclusive:"), hidden tests in plain words, the isolation paragraph only for
 * instructors.
 */
class ReportPageTest {

    private static final String REPORT = """
            {"score": 9, "max_score": 14, "output": "", "tests": [
              {"name": "PublicTest: sums", "score": 3, "max_score": 3, "status": "passed", "output": "", "visibility": "visible", "outcome": "passed"},
              {"name": "HiddenTest: overflow", "score": 4, "max_score": 7, "status": "failed", "output": "no", "visibility": "after_published", "outcome": "failed"},
              {"name": "Speedup on all cores", "score": 2, "max_score": 4, "status": "failed", "output": "Inconclusive: too busy (1.10×).", "visibility": "visible", "outcome": "inconclusive"}],
             "speedup": [{"name": "Speedup on all cores", "kind": "speedup", "credit": 0.5, "inconclusive": true, "cores": 2,
               "trials": 10, "clean_trials": 0, "speedup": 1.1, "explanation": "Inconclusive: too busy (1.10×)."}],
             "host": {"name": "h", "cores": 2, "java": "17", "isolation": ["bubblewrap"]}}
            """;

    private static String render(boolean instructor) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", ReportView.of(Report.fromJson(REPORT), instructor, SourceLinks.none()));
        model.put("submission", Map.of("score", 9.0, "finalScore", 9.0, "rawScore", 9.0, "penalty", 0.0));
        model.put("me", Map.of("isInstructor", instructor, "isStaff", instructor));
        return new Templates().render("report", model);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aPendingSpeedupSaysItsVerdictAndFiguresOnce() {
        String page = render(false);
        assertEquals(1, occurrences(page, "Inconclusive"), page);
        assertEquals(1, occurrences(page, "1.10"), "the figures show once, in the verdict's sentence: " + page);
        assertFalse(page.toLowerCase().contains("pending:"), page);
        assertTrue(page.contains("class=\"pending\">Inconclusive: too busy (1.10×)."), page);
    }

    @Test
    void studentsReadHiddenTestsInPlainWordsAndNoIsolation() {
        String page = render(false);
        assertTrue(page.contains("1 more test is hidden until your instructor publishes them: together they gave you 4 of their 7 points."), page);
        assertFalse(page.contains("HiddenTest: overflow"), page);
        assertFalse(page.contains("id=\"isolation\""), page);
    }

    @Test
    void instructorsSeeHiddenTestsMarkedAndTheIsolation() {
        String page = render(true);
        assertTrue(page.contains("HiddenTest: overflow <span class=\"muted\">(hidden: students see it once you publish hidden tests)</span>"), page);
        assertTrue(page.contains("id=\"isolation\">Isolation: bubblewrap"), page);
        assertFalse(page.contains("hidden-summary"), page);
    }
}
