package grader.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may see and do what, over real HTTP against a running server (with a fast stand-in grader):
 * anonymous users reach only the login page, students never an instructor route nor another
 * student's submission, every form needs its CSRF token, hidden tests stay hidden until published.
 */
class AccessControlTest {

    private static final List<String> INSTRUCTOR_PAGES = List.of("/instructor", "/instructor/submissions",
            "/instructor/exercises/exercise4", "/instructor/exercises/exercise4/gradebook.csv",
            "/instructor/exercises/exercise4/gradescope.zip", "/instructor/accounts", "/instructor/submissions/1/override");
    private static final List<String> INSTRUCTOR_ACTIONS = List.of("/instructor/roster", "/instructor/submissions/1/regrade",
            "/instructor/exercises/exercise4/terms", "/instructor/exercises/exercise4/extensions",
            "/instructor/exercises/exercise4/regrade", "/instructor/exercises/exercise4/extensions/bob/revoke",
            "/instructor/submissions/1/override", "/instructor/submissions/1/override/clear", "/instructor/accounts/password");

    private static TestServer server;
    private static long aliceSubmission;

    @BeforeAll
    static void start() throws InterruptedException {
        server = TestServer.start(new FakeGrader(0, 0), 1, grader.web.submission.RateLimit.standard());
        server.account("prof", Role.INSTRUCTOR);
        server.account("alice", Role.STUDENT);
        server.account("bob", Role.STUDENT);
        WebClient alice = loggedIn("alice");
        String location = alice.submit("exercise4", List.of(Map.entry("sum.zip", Zips.parallelSum())));
        aliceSubmission = WebClient.submissionId(location);
        for (int i = 0; i < 100 && !alice.get(location).body().contains("id=\"score\""); i++) {
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient loggedIn(String username) {
        WebClient client = new WebClient(server.url());
        assertEquals(302, client.login(username, TestServer.PASSWORD).statusCode());
        return client;
    }

    @Test
    void anonymousUsersAreSentToTheLoginPageOrRefused() {
        WebClient anonymous = new WebClient(server.url());
        for (String page : List.of("/", "/exercises", "/exercises/exercise4", "/submissions/" + aliceSubmission, "/instructor",
                "/instructor/submissions")) {
            HttpResponse<String> response = anonymous.get(page);
            assertEquals(302, response.statusCode(), page);
            assertEquals("/login", response.headers().firstValue("Location").orElse(""), page);
        }
        assertEquals(401, anonymous.postForm("/exercises/exercise4/submissions", Map.of()).statusCode());
        assertEquals(401, anonymous.postForm("/instructor/roster", Map.of("csv", "username,name\nmallory,M")).statusCode());
        assertEquals(401, anonymous.get("/api/submissions/" + aliceSubmission).statusCode());
        assertEquals(200, anonymous.get("/login").statusCode());
    }

    @Test
    void studentsAreRefusedEveryInstructorRoute() {
        WebClient alice = loggedIn("alice");
        alice.get("/exercises");
        for (String page : INSTRUCTOR_PAGES) {
            assertEquals(403, alice.get(page).statusCode(), page);
        }
        for (String action : INSTRUCTOR_ACTIONS) {
            assertEquals(403, alice.postForm(action, Map.of("csv", "username,name\nmallory,M")).statusCode(), action);
        }
        assertFalse(loggedIn("prof").get("/instructor").body().contains("mallory"), "the refused roster import stored nothing");
    }

    @Test
    void aStudentCannotReadAnotherStudentsSubmission() {
        WebClient bob = loggedIn("bob");
        String id = String.valueOf(aliceSubmission);
        for (String page : List.of("/submissions/" + id, "/submissions/" + id + "/report", "/submissions/" + id + "/events")) {
            HttpResponse<String> response = bob.send(HttpRequest.newBuilder(URI.create(server.url() + page))
                    .header("Accept", "text/event-stream").GET());
            assertEquals(404, response.statusCode(), page);
            assertFalse(response.body().contains("alice"), page);
        }
        assertFalse(bob.get("/exercises/exercise4").body().contains("/submissions/" + id), "not in bob's history");
        String bobsToken = new SessionStore(server.app().database().jdbi())
                .issueApiToken(server.app().accounts().authenticate("bob", TestServer.PASSWORD).orElseThrow());
        HttpResponse<String> api = bob.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/submissions/" + id))
                .header("Authorization", "Bearer " + bobsToken).GET());
        assertEquals(404, api.statusCode());
        assertEquals(200, loggedIn("alice").get("/submissions/" + id).statusCode(), "its owner reads it");
        assertEquals(200, loggedIn("prof").get("/submissions/" + id).statusCode(), "an instructor reads it");
    }

    @Test
    void formsWithoutTheSessionsCsrfTokenAreRefused() {
        WebClient prof = loggedIn("prof");
        prof.get("/instructor");
        assertEquals(403, prof.postFormExactly("/instructor/roster", Map.of("csv", "username,name\ncarol,C")).statusCode());
        assertEquals(403, prof.postFormExactly("/instructor/roster", Map.of("csv", "username,name\ncarol,C", "_csrf", "forged")).statusCode());
        assertFalse(prof.get("/instructor").body().contains("carol"));
        assertEquals(200, prof.postForm("/instructor/roster", Map.of("csv", "username,name\ncarol,C")).statusCode());
        assertTrue(prof.get("/instructor").body().contains("carol"));
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteStrictAndSecure() {
        WebClient client = new WebClient(server.url());
        HttpResponse<String> response = client.login("alice", TestServer.PASSWORD);
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(header -> header.startsWith("grader_session="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure"), cookie);
        assertEquals(401, new WebClient(server.url()).login("alice", "wrong-password").statusCode());
    }

    @Test
    void loggingOutEndsTheSessionOnTheServer() {
        WebClient alice = loggedIn("alice");
        alice.get("/exercises");
        assertEquals(302, alice.postForm("/logout", Map.of()).statusCode());
        assertEquals(302, alice.get("/exercises").statusCode());
    }

    @Test
    void hiddenTestsShowToStudentsOnlyOnceTheyArePublished() {
        String page = "/submissions/" + aliceSubmission;
        assertFalse(loggedIn("alice").get(page).body().contains("SecretHiddenTest"));
        assertTrue(loggedIn("alice").get(page).body().contains("1 more test is hidden until your instructor publishes them: together they gave you 4 of their 7 points."));
        WebClient prof = loggedIn("prof");
        assertTrue(prof.get(page).body().contains("SecretHiddenTest"));
        prof.get("/instructor/exercises/exercise4");
        assertEquals(200, prof.postForm("/instructor/exercises/exercise4/terms", Map.of("latePolicy", "penalty",
                "penaltyPercent", "0", "hiddenPublished", "on")).statusCode());
        assertTrue(loggedIn("alice").get(page).body().contains("SecretHiddenTest"));
        prof.get("/instructor/exercises/exercise4");
        prof.postForm("/instructor/exercises/exercise4/terms", Map.of("latePolicy", "penalty", "penaltyPercent", "0"));
    }

    @Test
    void theIsolationParagraphIsForInstructorsAndEveryoneHasAWayBack() {
        String page = "/submissions/" + aliceSubmission;
        String student = loggedIn("alice").get(page).body();
        assertFalse(student.contains("Isolation:"), "how student code is contained is not the student's business");
        assertTrue(student.contains("<a id=\"back\" href=\"/exercises/exercise4\">"));
        String instructor = loggedIn("prof").get(page).body();
        assertTrue(instructor.contains("id=\"isolation\">Isolation: fake"));
        assertTrue(instructor.contains("<a id=\"back\" href=\"/instructor/exercises/exercise4\">"));
    }
}
