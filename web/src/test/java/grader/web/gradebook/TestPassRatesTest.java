package grader.web.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import grader.api.model.Report;
import grader.web.gradebook.TestPassRates.TestPassRate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The class's pass rate per test, from stored reports: the most-failed first, hidden tests included, tests known by id. */
class TestPassRatesTest {

    private static Report report(String hiddenStatus, String publicName) {
        return Report.fromJson("""
                {"score": 1, "max_score": 3, "output": "", "tests": [
                  {"name": "%s", "id": "ex.PublicTest#small", "score": 1, "max_score": 1, "status": "passed", "output": "", "visibility": "visible"},
                  {"name": "HiddenTest: overflow", "id": "ex.HiddenTest#overflow", "score": 0, "max_score": 2, "status": "%s", "output": "", "visibility": "after_published"}]}
                """.formatted(publicName, hiddenStatus));
    }

    @Test
    void theMostFailedTestComesFirstAndAMissingTestCountsAsFailed() {
        Report didNotCompile = Report.rejected("Bank.java does not compile.", 3);
        TestPassRates rates = TestPassRates.of(List.of(
                report("failed", "PublicTest: small"), report("passed", "PublicTest: small arrays"), didNotCompile));

        assertEquals(3, rates.students());
        List<TestPassRate> tests = rates.tests();
        assertEquals(new TestPassRate("HiddenTest: overflow", true, 1, 3), tests.get(0), "hidden, and the most failed");
        assertEquals(new TestPassRate("PublicTest: small arrays", false, 2, 3), tests.get(1),
                "one row under the newest name: the id is the same in both reports");
        assertEquals(2, tests.size());
        assertEquals(66, tests.get(1).percent());
    }
}
