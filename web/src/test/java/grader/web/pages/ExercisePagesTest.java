package grader.web.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestJvm;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An exercise's two pages over HTTP: the student's shows the statement and the points; the
 * instructor's shows the class's pass rate per test (the most-failed, hidden, first) and each
 * chart's numbers as a table, with a text alternative on its canvas.
 */
class ExercisePagesTest {

    private static TestServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = TestServer.start(new FakeGrader(0, 0), 1, RateLimit.standard());
        server.account("prof", Role.INSTRUCTOR);
        for (String student : List.of("alice", "bob")) {
            server.account(student, Role.STUDENT);
            WebClient client = new WebClient(server.url());
            client.login(student, TestServer.PASSWORD);
            client.get("/exercises/exercise4");
            String location = client.submit("exercise4", List.of(Map.entry("a.zip", Zips.parallelSum())));
            TestJvm.waitFor(() -> client.get(location).body().contains("id=\"score\""), 30);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theStudentsExercisePageShowsTheStatementAndThePoints() {
        WebClient alice = new WebClient(server.url());
        alice.login("alice", TestServer.PASSWORD);
        String page = alice.get("/exercises/exercise4").body();
        assertTrue(page.contains("id=\"points\">A full grading is worth 24 points"), page);
        assertTrue(page.contains("<h2>What this exercise teaches</h2>"), "the README, its sections beside the page's own: " + page);
        assertTrue(page.contains("<strong>CPU-bound work and cores.</strong>"), page);
        assertTrue(!page.contains("<h1>Exercise 4 — Parallel sum</h1>"), "the README's title is the page's own heading already");
    }

    @Test
    void theInstructorSeesEachTestsPassRateAndTheChartsAsTables() {
        WebClient prof = new WebClient(server.url());
        prof.login("prof", TestServer.PASSWORD);
        String page = prof.get("/instructor/exercises/exercise4").body().replaceAll("\\s+", " ");
        int hidden = page.indexOf("<td>" + FakeGrader.HIDDEN_TEST + " <span class=\"muted\">(hidden)</span></td><td>0 of 2</td>");
        int visible = page.indexOf("<td>PublicCheck: small arrays</td><td>2 of 2</td>");
        assertTrue(hidden > 0 && visible > hidden, "the most-failed test first, hidden ones included: " + page);
        assertTrue(page.contains("0%</td>") && page.contains("100%</td>"), page);

        assertTrue(page.contains("<canvas id=\"scores\" role=\"img\" aria-label=\"Bar chart of the students' best scores"), page);
        assertTrue(page.contains("<table class=\"chart-table\" id=\"scores-table\">"), page);
        assertTrue(page.contains("<tr><td>70–80%</td><td>2</td></tr>"), "both students' 7 of 10 in the table: " + page);
        assertTrue(page.contains("<tr><td>1.50×</td><td>2</td></tr>"), "both speedups of 1.5 in the table: " + page);
    }
}
