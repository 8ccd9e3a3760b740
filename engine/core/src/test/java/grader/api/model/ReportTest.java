package grader.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The report model: written as the contract's JSON and read back into the same records, and
 * summed up once (score, main speedup, status) whether it was just graded or read from a file.
 */
class ReportTest {

    private static final Report.Test PASSED_TEST = new Report.Test("BankPublicTest: deposits", 2, 2, "passed", "",
            "text", "visible", "exercise1.BankPublicTest#deposits", "passed", null);
    private static final Report.Test RACE = new Report.Test("BankHiddenTest: transfers", 0, 3, "failed",
            "Lost an update.\n\n" + Report.Interleaving.HEADING + " (lost update), one column per thread:", "text",
            "after_published", "exercise1.BankHiddenTest#transfers", "failed",
            new Report.Interleaving("lost update", "both read 10", 2, 1, List.of(
                    new Report.Step(1, "read", "", "balance", "10", "deposit", "Account.java:12", "", true),
                    new Report.Step(2, "lock", "lock taken", "", "", "", "", "", false))));

    private static Report.Timing speedup(String kind, boolean inconclusive, Double measured) {
        Report.Figures figures = new Report.Figures(measured, 1.9, 2.0, null, 120.0, 60.0, null, 0.5, 2.0, 121.0,
                62.0, 0.1);
        return new Report.Timing("Speedup on all cores", kind, 1, inconclusive, 2, 2, 10, 8, figures, "Full credit.");
    }

    private static Report report(List<Report.Timing> timings) {
        return new Report(5, 9, 3.5, "Note: a note", List.of(PASSED_TEST, RACE), "exercise1", timings,
                Map.of("intake", 3L), new Report.Host("host", 2, "17.0.15", List.of("bubblewrap")), false);
    }

    @Test
    void aReportReadsBackIntoTheSameRecords() {
        Report written = report(List.of(speedup("speedup", false, 1.85),
                new Report.Timing("No slowdown", "slowdown", 0, false, 2, 2, 0, 0, null, "Not measured.")));

        assertEquals(written, Report.fromJson(written.toJson()));
        assertEquals(written, Report.fromJson(written.toIndentedJson()));
    }

    @Test
    void theJsonKeepsTheContractsFieldsAndNoOthers() {
        String json = report(List.of(speedup("speedup", false, 1.85),
                new Report.Timing("No slowdown", "slowdown", 0, false, 2, 2, 0, 0, null, "Not measured."))).toJson();

        assertTrue(json.startsWith("{\"score\":5.0,\"max_score\":9.0,\"execution_time\":3.5,\"output\":\"Note: a note\","
                + "\"tests\":[{\"name\":\"BankPublicTest: deposits\",\"score\":2.0,\"max_score\":2.0,\"status\":\"passed\","
                + "\"output\":\"\",\"output_format\":\"text\",\"visibility\":\"visible\",\"id\":"), json);
        // A figure that could not be computed is null; a check that ran no trial has no figures at all.
        assertTrue(json.contains("\"trials\":10,\"clean_trials\":8,\"speedup\":1.85,\"wall_speedup\":1.9,"
                + "\"reference_speedup\":2.0,\"slowdown\":null,"), json);
        assertTrue(json.contains("\"trials\":0,\"clean_trials\":0,\"explanation\":\"Not measured.\"}"), json);
        assertTrue(json.contains("\"stages\":{\"intake\":3},\"host\":{\"name\":\"host\",\"cores\":2,\"java\":\"17.0.15\""), json);
        // The model's own words (the summary, the status) are not fields of the report.
        assertFalse(json.contains("rejected"), json);
        assertFalse(json.contains("summary\":{"), json);
        assertFalse(json.contains("hidden"), json);
    }

    @Test
    void theMainSpeedupIsTheFirstMeasuredSpeedupCheck() {
        Report report = report(List.of(speedup("slowdown", false, 0.7), speedup("speedup", false, null),
                speedup("speedup", false, 1.85)));

        assertEquals(new ReportSummary(5, 9, Optional.of(1.85), GradeStatus.GRADED), report.summary());
        assertEquals("1.85", report.summary().speedupText());
        assertEquals("", report(List.of()).summary().speedupText());
    }

    @Test
    void aPendingSpeedupVerdictMakesTheGradePending() {
        Report report = report(List.of(speedup("speedup", true, 1.1)));

        assertEquals(GradeStatus.PENDING, report.summary().status());
        assertEquals(GradeStatus.PENDING, Report.fromJson(report.toJson()).summary().status());
        assertEquals("pending", GradeStatus.PENDING.word());
    }

    @Test
    void aRefusalIsRejectedWithItsReasonAndNoTest() {
        Report refused = Report.rejected("The upload holds no .java file.", 10);

        assertEquals(new ReportSummary(0, 10, Optional.empty(), GradeStatus.REJECTED), refused.summary());
        assertEquals(refused, Report.fromJson(refused.toJson()));
        assertEquals("{\"score\":0.0,\"max_score\":10.0,\"execution_time\":0.0,\"output\":\"The upload holds no .java file.\","
                + "\"tests\":[],\"rejected\":true}", refused.toJson());
        assertFalse(refused.allPassed());
    }

    @Test
    void aReportFromAnotherVersionReadsWithTheFieldsThisOneKnows() {
        Report read = Report.fromJson("""
                {"score": 4, "max_score": 4, "execution_time": 1, "output": "", "tests": [
                  {"name": "t", "score": 4, "max_score": 4, "status": "passed", "output": "", "visibility": "visible",
                   "id": "x#t", "outcome": "passed", "added_later": 1}],
                 "exercise": "exercise3", "speedup": [], "later_field": {"a": 1}}
                """);

        assertEquals(GradeStatus.GRADED, read.summary().status());
        assertTrue(read.allPassed());
        assertThrows(IllegalArgumentException.class, () -> Report.fromJson("[1, 2]"));
    }
}
