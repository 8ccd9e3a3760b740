package grader.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.Queries;
import grader.web.testing.TestJvm;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Running a course over HTTP (with the fast stand-in grader, 7 of 10 points): a teaching assistant
 * sees the course and sets scores by hand but is refused, by the server, every action that changes
 * the course; a score set by hand counts for the student, the matrix and both exports, survives a
 * regrade and goes when cleared; a password reset ends the old sessions and tokens; extensions are
 * listed and revoked; the submission list pages through any number of rows, keeping its filters.
 */
class CourseAdministrationTest {

    private static TestServer server;
    private static Jdbi jdbi;
    private static WebClient prof;
    private static WebClient tess;
    private static long aliceSubmission;

    @BeforeAll
    static void course() throws InterruptedException {
        server = TestServer.start(new FakeGrader(0, 0), 1, RateLimit.standard());
        jdbi = server.app().database().jdbi();
        server.account("prof", Role.INSTRUCTOR);
        server.account("tess", Role.ASSISTANT);
        for (String student : List.of("alice", "bob", "carol")) {
            server.account(student, Role.STUDENT);
        }
        prof = loggedIn("prof");
        tess = loggedIn("tess");
        WebClient alice = loggedIn("alice");
        alice.get("/exercises/exercise4");
        String location = alice.submit("exercise4", List.of(Map.entry("a.zip", Zips.parallelSum())));
        aliceSubmission = WebClient.submissionId(location);
        TestJvm.waitFor(() -> alice.get(location).body().contains("id=\"score\""), 30);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient loggedIn(String username) {
        WebClient client = new WebClient(server.url());
        assertEquals(302, client.login(username, TestServer.PASSWORD).statusCode(), username);
        return client;
    }

    @Test
    void anAssistantSeesTheCourseButEveryChangeToItIsRefused() {
        for (String page : List.of("/instructor", "/instructor/submissions", "/instructor/exercises/exercise4",
                "/submissions/" + aliceSubmission, "/instructor/submissions/" + aliceSubmission + "/override",
                "/instructor/exercises/exercise4/gradebook.csv")) {
            assertEquals(200, tess.get(page).statusCode(), page);
        }
        String exercisePage = tess.get("/instructor/exercises/exercise4").body();
        assertFalse(exercisePage.contains("id=\"save-terms\"") || exercisePage.contains("id=\"regrade-all\""),
                "the forms an assistant may not use are not shown");
        assertFalse(tess.get("/instructor").body().contains("id=\"import\""));

        prof.get("/instructor/exercises/exercise4");
        prof.postForm("/instructor/exercises/exercise4/terms", Map.of("dueAt", "2030-01-01T00:00", "latePolicy", "penalty", "penaltyPercent", "10"));
        prof.postForm("/instructor/exercises/exercise4/extensions", Map.of("username", "carol", "dueAt", "2030-01-05T00:00"));
        tess.get("/instructor/exercises/exercise4");
        int regraded = Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE grading_round > 0");
        Map<String, Map<String, String>> forbidden = Map.of(
                "/instructor/exercises/exercise4/terms", Map.of("dueAt", "2031-01-01T00:00", "latePolicy", "refuse"),
                "/instructor/exercises/exercise4/extensions", Map.of("username", "bob", "dueAt", "2030-02-01T00:00"),
                "/instructor/exercises/exercise4/extensions/carol/revoke", Map.of(),
                "/instructor/exercises/exercise4/regrade", Map.of("confirmed", "yes"),
                "/instructor/roster", Map.of("csv", "username,name\nmallory,Mallory\n"),
                "/instructor/roster/", Map.of("csv", "username,name\nmallory,Mallory\n"),
                "/instructor/accounts/password", Map.of("username", "alice", "password", "taken-over-1"));
        forbidden.forEach((action, form) -> {
            HttpResponse<String> refused = tess.postForm(action, form);
            assertEquals(403, refused.statusCode(), action);
            assertTrue(refused.body().contains("Only an instructor may change this"), refused.body());
        });
        assertEquals(403, tess.get("/instructor/accounts").statusCode());

        assertEquals(0, Queries.count(jdbi, "SELECT COUNT(*) FROM exercise_terms WHERE exercise_id = 'exercise4' AND late_policy = 'refuse'"), "terms unchanged");
        assertEquals(0, Queries.count(jdbi, "SELECT COUNT(*) FROM extensions e JOIN accounts a ON a.id = e.account_id WHERE a.username = 'bob'"));
        assertEquals(1, Queries.count(jdbi, "SELECT COUNT(*) FROM extensions e JOIN accounts a ON a.id = e.account_id WHERE a.username = 'carol'"));
        assertEquals(regraded, Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE grading_round > 0"), "nothing regraded");
        assertEquals(0, Queries.count(jdbi, "SELECT COUNT(*) FROM accounts WHERE username = 'mallory'"));
        assertTrue(server.app().accounts().authenticate("alice", TestServer.PASSWORD).isPresent(), "alice's password unchanged");
    }

    @Test
    void aScoreSetByHandCountsEverywhereSurvivesARegradeAndGoesWhenCleared() throws Exception {
        String form = "/instructor/submissions/" + aliceSubmission + "/override";
        tess.get(form);
        for (String[] bad : new String[][] {
                {"11", "too many", "The score must be between 0 and 10 points."},
                {"-1", "too few", "The score must be between 0 and 10 points."},
                {"lots", "not a number", "The score is a number of points such as 7.5, not 'lots'."},
                {"8", " ", "Say in the comment why the score is set by hand; the student reads it."}}) {
            HttpResponse<String> refused = tess.postForm(form, Map.of("score", bad[0], "comment", bad[1]));
            assertEquals(400, refused.statusCode(), bad[0]);
            assertTrue(refused.body().contains("id=\"error\">" + bad[2].replace("'", "&#39;") + "</p>"), refused.body());
            assertTrue(refused.body().contains("value=\"" + bad[0] + "\""), "the form keeps what was typed");
        }
        assertEquals(303, tess.postForm(form, Map.of("score", "9.5", "comment", "The race is fixed; the test was flaky.")).statusCode());

        WebClient alice = loggedIn("alice");
        String report = alice.get("/submissions/" + aliceSubmission).body();
        assertTrue(report.contains("id=\"score\">9.5<"), report);
        assertTrue(report.contains("Score set by hand by tess") && report.contains("The race is fixed; the test was flaky."), report);
        String exercises = alice.get("/exercises").body();
        assertTrue(exercises.contains("9.5 / 10") && exercises.contains("Set by hand: The race is fixed; the test was flaky."), exercises);
        assertTrue(prof.get("/instructor").body().contains("9.5/10 <span class=\"overridden\">(set by hand)</span>"));
        assertTrue(prof.get("/instructor/exercises/exercise4/gradebook.csv").body()
                .contains("\r\nalice,9.50,10,1.50,graded,alice,0,0,The race is fixed; the test was flaky.\r\n"));
        JsonNode results = gradescopeResults("alice");
        assertEquals(9.5, results.get("score").doubleValue());
        assertTrue(results.get("output").asText().startsWith("Score set by hand to 9.50 by tess: The race is fixed; the test was flaky."),
                results.toString());
        assertEquals("tess", results.at("/extra_data/override/set_by").asText());

        prof.get("/submissions/" + aliceSubmission);
        prof.postForm("/instructor/submissions/" + aliceSubmission + "/regrade", Map.of());
        TestJvm.waitFor(() -> Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE id = " + aliceSubmission
                + " AND status = 'graded' AND grading_round > 0") == 1, 30);
        assertTrue(alice.get("/submissions/" + aliceSubmission).body().contains("id=\"score\">9.5<"), "the override survives a regrade");

        prof.get(form);
        assertEquals(303, prof.postForm(form + "/clear", Map.of()).statusCode());
        assertTrue(alice.get("/submissions/" + aliceSubmission).body().contains("id=\"score\">7<"), "the graded score counts again");
        assertTrue(prof.get("/instructor/exercises/exercise4/gradebook.csv").body().contains("\r\nalice,7,10,1.50,graded,alice,0,0,\r\n"));
    }

    private static JsonNode gradescopeResults(String username) throws IOException {
        byte[] zipped = prof.download("/instructor/exercises/exercise4/gradescope.zip").body();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(username + "/results.json")) {
                    return new ObjectMapper().readTree(zip.readAllBytes());
                }
            }
        }
        throw new AssertionError("no results.json for " + username);
    }

    @Test
    void aPasswordResetEndsTheStudentsSessionsAndTokens() throws Exception {
        server.account("dora", Role.STUDENT);
        WebClient dora = loggedIn("dora");
        String token = new ObjectMapper().readTree(dora.postFormExactly("/api/tokens",
                Map.of("username", "dora", "password", TestServer.PASSWORD)).body()).get("token").asText();
        HttpRequest.Builder api = HttpRequest.newBuilder(URI.create(server.url() + "/api/submissions/" + aliceSubmission))
                .header("Authorization", "Bearer " + token);
        assertEquals(404, new WebClient(server.url()).send(api).statusCode(), "the token works (another's submission is not found)");

        prof.get("/instructor/accounts");
        HttpResponse<String> refused = prof.postForm("/instructor/accounts/password", Map.of("username", "dora", "password", "short"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("id=\"error\">A password must have at least 8 characters.</p>")
                && refused.body().contains("value=\"dora\""), refused.body());

        HttpResponse<String> reset = prof.postForm("/instructor/accounts/password", Map.of("username", "dora", "password", ""));
        Matcher shown = Pattern.compile("id=\"new-password\">([^<]+)<").matcher(reset.body());
        assertTrue(shown.find(), reset.body());
        assertEquals("/login", dora.get("/exercises").headers().firstValue("Location").orElse(""), "the browser session ended");
        assertEquals(401, new WebClient(server.url()).send(api).statusCode(), "the API token ended");
        assertEquals(401, new WebClient(server.url()).login("dora", TestServer.PASSWORD).statusCode());
        assertEquals(302, new WebClient(server.url()).login("dora", shown.group(1)).statusCode());
    }

    @Test
    void extensionsAreListedOnTheExercisePageAndRevocable() {
        prof.get("/instructor/exercises/exercise3");
        prof.postForm("/instructor/exercises/exercise3/terms", Map.of("dueAt", "2030-03-01T00:00", "latePolicy", "refuse"));
        prof.postForm("/instructor/exercises/exercise3/extensions", Map.of("username", "bob", "dueAt", "2030-03-04T12:00"));
        String page = prof.get("/instructor/exercises/exercise3").body();
        assertTrue(page.contains("<td>bob <span class=\"muted\">bob</span></td><td>2030-03-04 12:00 UTC</td>"), page);

        HttpResponse<String> revoked = prof.postForm("/instructor/exercises/exercise3/extensions/bob/revoke", Map.of());
        assertEquals(200, revoked.statusCode());
        assertTrue(revoked.body().contains("id=\"notice\">Extension of bob revoked: due 2030-03-01 00:00 UTC, as for everyone.</p>"),
                revoked.body());
        assertTrue(revoked.body().contains("id=\"no-extensions\""));
        assertTrue(loggedIn("bob").get("/exercises/exercise3").body().contains("2030-03-01 00:00 UTC"));
        HttpResponse<String> again = prof.postForm("/instructor/exercises/exercise3/extensions/bob/revoke", Map.of());
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("id=\"error\">bob has no extension for exercise3.</p>"));
    }

    @Test
    void aRosterImportedAgainAddsTheNewAndListsTheExistingByLine() {
        prof.get("/instructor");
        HttpResponse<String> again = prof.postForm("/instructor/roster", Map.of("csv", "username,name\nalice,Alice L\nerin,Erin\n"));
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("1 accounts created.") && again.body().contains("<td>3</td><td>erin</td>")
                && again.body().contains("<li>line 2: alice (skipped)</li>"), again.body());

        String bad = "username,name,role\nfrank,Frank,\nbad name,B,\ngus,Gus,dean\n";
        HttpResponse<String> refused = prof.postForm("/instructor/roster", Map.of("csv", bad));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Line 3 of the roster: A username is") && refused.body().contains("Line 4 of the roster: the role"),
                refused.body());
        assertTrue(refused.body().contains("id=\"roster-csv\" rows=\"5\" cols=\"60\">username,name,role\nfrank,Frank,"),
                "the refused CSV is there to fix");
        assertFalse(server.app().accounts().find("frank").isPresent(), "a bad line imports no one");
    }

    @Test
    void theSubmissionListPagesThroughEveryRowKeepingItsFilters() {
        var student = Queries.student(jdbi);
        long first = 0;
        for (int i = 0; i < 2 * InstructorPages.PAGE_SIZE + 20; i++) {
            long id = Queries.insertQueued(jdbi, student.id(), 0);
            first = first == 0 ? id : first;
        }
        String filter = "exercise=exercise4&amp;status=queued&amp;student=" + student.username();
        String page1 = prof.get("/instructor/submissions?exercise=exercise4&status=queued&student=" + student.username()).body();
        assertEquals(InstructorPages.PAGE_SIZE, rows(page1));
        assertFalse(page1.contains("id=\"newer\""));
        String older = link(page1, "older");
        assertTrue(older.startsWith("/instructor/submissions?" + filter + "&amp;before="), older);

        String page2 = prof.get(older.replace("&amp;", "&")).body();
        assertEquals(InstructorPages.PAGE_SIZE, rows(page2));
        String page3 = prof.get(link(page2, "older").replace("&amp;", "&")).body();
        assertEquals(20, rows(page3));
        assertFalse(page3.contains("id=\"older\""));
        assertTrue(page3.contains("href=\"/submissions/" + first + "\""), "the oldest row is on the last page");

        String back = prof.get(link(page3, "newer").replace("&amp;", "&")).body();
        assertEquals(rowIds(page2), rowIds(back), "newer from page 3 is page 2 again");
    }

    private static int rows(String page) {
        return rowIds(page).size();
    }

    private static List<String> rowIds(String page) {
        return Pattern.compile("<td><a href=\"/submissions/(\\d+)\">").matcher(page).results().map(m -> m.group(1)).toList();
    }

    private static String link(String page, String id) {
        Matcher link = Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(page);
        assertTrue(link.find(), "a link " + id + " in " + page);
        return link.group(1);
    }
}
