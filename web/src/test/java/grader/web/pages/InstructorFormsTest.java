package grader.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.Queries;
import grader.web.testing.TestJvm;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The instructor's exercise forms over HTTP: deadlines out of order refused with one sentence, the
 * penalty in percent both ways, a refused form shown again as typed, extensions that must extend
 * and carry the hard deadline along (and say so, to the instructor and the student), and
 * "regrade every submission" asking first.
 */
class InstructorFormsTest {

    private static final String TERMS = "/instructor/exercises/exercise4/terms";
    private static final String ORDER = "The dates must come in order: the release before the due date, the due date"
            + " before the hard deadline (which needs a due date).";

    private static TestServer server;
    private static WebClient prof;

    @BeforeAll
    static void start() {
        server = TestServer.start(new FakeGrader(0, 0), 1, RateLimit.standard());
        server.account("prof", Role.INSTRUCTOR);
        server.account("alice", Role.STUDENT);
        prof = new WebClient(server.url());
        prof.login("prof", TestServer.PASSWORD);
        prof.get("/instructor/exercises/exercise4");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> saveTerms(String release, String due, String hard, String penalty) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("releaseAt", release);
        form.put("dueAt", due);
        form.put("hardDeadlineAt", hard);
        form.put("latePolicy", "penalty");
        form.put("penaltyPercent", penalty);
        return prof.postForm(TERMS, form);
    }

    @Test
    void datesOutOfOrderAreRefusedWithOneSentenceAndTheFormKeepsWhatWasTyped() {
        for (String[] dates : new String[][] {
                {"2030-01-05T00:00", "2030-01-02T00:00", ""},
                {"", "2030-01-05T00:00", "2030-01-04T00:00"},
                {"", "2030-01-05T00:00", "2030-01-05T00:00"},
                {"", "", "2030-01-04T00:00"}}) {
            HttpResponse<String> refused = saveTerms(dates[0], dates[1], dates[2], "7.5");
            assertEquals(400, refused.statusCode(), String.join(" ", dates));
            assertTrue(refused.body().contains("id=\"error\">" + ORDER), refused.body());
            for (String typed : dates) {
                assertTrue(refused.body().contains("value=\"" + typed + "\""), "kept " + typed);
            }
            assertTrue(refused.body().contains("id=\"penaltyPercent\" size=\"5\" inputmode=\"decimal\" value=\"7.5\""));
        }
    }

    @Test
    void thePenaltyIsAPercentageInTheFormAndOnThePage() {
        HttpResponse<String> tooMuch = saveTerms("", "2030-01-05T00:00", "", "150");
        assertEquals(400, tooMuch.statusCode());
        assertTrue(tooMuch.body().contains("The penalty per day is a percentage from 0 to 100, not 150."), tooMuch.body());
        assertTrue(tooMuch.body().contains("value=\"150\""));

        HttpResponse<String> saved = saveTerms("", "2030-01-05T00:00", "", "0.5");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("loses 0.50% of its score per day late"), "not rounded to 1%: " + saved.body());
        assertTrue(saved.body().contains("value=\"0.50\""), "the form shows the saved percentage");
    }

    @Test
    void anExtensionMustExtendAndCarriesTheHardDeadlineAlong() {
        assertEquals(200, saveTerms("", "2030-01-05T00:00", "2030-01-07T00:00", "10").statusCode());
        HttpResponse<String> earlier = prof.postForm("/instructor/exercises/exercise4/extensions",
                Map.of("username", "alice", "dueAt", "2030-01-04T00:00"));
        assertEquals(400, earlier.statusCode());
        assertTrue(earlier.body().contains("An extension must end after the due date, 2030-01-05 00:00 UTC."), earlier.body());
        assertTrue(earlier.body().contains("value=\"alice\"") && earlier.body().contains("value=\"2030-01-04T00:00\""), "kept as typed");

        HttpResponse<String> past = prof.postForm("/instructor/exercises/exercise4/extensions",
                Map.of("username", "alice", "dueAt", "2030-01-10T00:00"));
        assertEquals(200, past.statusCode(), past.body());
        assertTrue(past.body().contains("Extension granted to alice: due 2030-01-10 00:00 UTC, late submissions until"
                + " 2030-01-12 00:00 UTC (the hard deadline moves along)."), past.body());
        WebClient alice = new WebClient(server.url());
        alice.login("alice", TestServer.PASSWORD);
        String page = alice.get("/exercises/exercise4").body();
        assertTrue(page.contains("Due 2030-01-10 00:00 UTC (your extension).") && page.contains("none is taken after 2030-01-12 00:00 UTC."),
                "the student reads the same hard deadline the instructor was told: " + page);
    }

    @Test
    void regradingEverySubmissionAsksFirst() throws InterruptedException {
        WebClient alice = new WebClient(server.url());
        alice.login("alice", TestServer.PASSWORD);
        alice.get("/exercises/exercise4");
        String location = alice.submit("exercise4", List.of(Map.entry("a.zip", Zips.parallelSum())));
        TestJvm.waitFor(() -> alice.get(location).body().contains("id=\"score\""), 30);
        var jdbi = server.app().database().jdbi();
        int graded = Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE status = 'graded'");

        HttpResponse<String> asked = prof.postForm("/instructor/exercises/exercise4/regrade", Map.of());
        assertTrue(asked.body().contains("id=\"confirm-regrade\">Regrade all " + graded + " finished submissions of exercise4?"), asked.body());
        assertEquals(0, Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE grading_round > 0"), "nothing queued yet");

        HttpResponse<String> confirmed = prof.postForm("/instructor/exercises/exercise4/regrade", Map.of("confirmed", "yes"));
        assertTrue(confirmed.body().contains(graded + " submissions queued for regrading."), confirmed.body());
        assertEquals(graded, Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE grading_round > 0"));
    }

    @Test
    void theSubmissionsListFiltersByStudent() throws InterruptedException {
        server.account("bob", Role.STUDENT);
        WebClient bob = new WebClient(server.url());
        bob.login("bob", TestServer.PASSWORD);
        bob.get("/exercises/exercise4");
        long bobs = WebClient.submissionId(bob.submit("exercise4", List.of(Map.entry("b.zip", Zips.parallelSum()))));
        String all = prof.get("/instructor/submissions").body();
        assertTrue(all.contains("/submissions/" + bobs + "\""), all);
        String onlyAlice = prof.get("/instructor/submissions?student=alice").body();
        assertTrue(!onlyAlice.contains("/submissions/" + bobs + "\"") && onlyAlice.contains("value=\"alice\""), onlyAlice);
        assertTrue(prof.get("/instructor/submissions?student=bob").body().contains("/submissions/" + bobs + "\""));
        HttpResponse<String> unknown = prof.get("/instructor/submissions?student=nobody");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("There is no student &#39;nobody&#39;."), unknown.body());
    }
}
