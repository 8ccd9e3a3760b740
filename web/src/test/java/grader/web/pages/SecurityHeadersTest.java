package grader.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.MovableClock;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of response carries the security headers: pages, refusals, errors, static files,
 * webjars, the favicon, a form's redirect, a login locked out, a body too large, and downloads.
 */
class SecurityHeadersTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        // A clock that stands still: a login locked out stays locked for the test to see.
        server = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard(), new MovableClock());
        server.account("prof", Role.INSTRUCTOR);
        server.account("alice", Role.STUDENT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        WebClient anonymous = new WebClient(server.url());
        WebClient alice = new WebClient(server.url());
        alice.login("alice", TestServer.PASSWORD);
        Map<String, HttpResponse<String>> responses = Map.of(
                "login page", anonymous.get("/login"),
                "redirect to login", anonymous.get("/exercises"),
                "API refusal", anonymous.get("/api/submissions/1"),
                "student page", alice.get("/exercises/exercise4"),
                "forbidden instructor page", alice.get("/instructor"),
                "unknown submission", alice.get("/submissions/999"),
                "style sheet", anonymous.get("/static/grader.css"),
                "webjar", anonymous.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"),
                "favicon", anonymous.get("/favicon.ico"));
        responses.forEach((what, response) -> assertSecurityHeaders(what, response.headers()));
        assertEquals(403, responses.get("forbidden instructor page").statusCode());
        assertEquals(200, responses.get("style sheet").statusCode());
    }

    /**
     * The answers other than a page: a form's redirect, a login locked out, a body too large,
     * and the downloads (gradebook CSV, Gradescope zip, a submission as uploaded), each checked
     * to be the answer it stands for.
     */
    @Test
    void redirectsRefusalsAndDownloadsCarryTheSecurityHeaders() {
        WebClient prof = new WebClient(server.url());
        HttpResponse<String> loggedIn = prof.login("prof", TestServer.PASSWORD);
        assertEquals(302, loggedIn.statusCode());
        assertSecurityHeaders("the login form's redirect", loggedIn.headers());

        WebClient alice = new WebClient(server.url());
        alice.login("alice", TestServer.PASSWORD);
        alice.get("/exercises/exercise4");
        long submission = WebClient.submissionId(alice.submit("exercise4", List.of(Map.entry("a.zip", Zips.parallelSum()))));
        HttpResponse<byte[]> download = alice.download("/submissions/" + submission + "/download");
        assertEquals(200, download.statusCode());
        assertSecurityHeaders("a submission's download", download.headers());

        HttpResponse<byte[]> csv = prof.download("/instructor/exercises/exercise4/gradebook.csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        assertSecurityHeaders("the gradebook CSV", csv.headers());
        HttpResponse<byte[]> zip = prof.download("/instructor/exercises/exercise4/gradescope.zip");
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertSecurityHeaders("the Gradescope zip", zip.headers());

        HttpResponse<String> tooLarge = alice.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/exercises/exercise4/submissions"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024])));
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertSecurityHeaders("a body too large", tooLarge.headers());

        server.account("dora", Role.STUDENT);
        WebClient guesser = new WebClient(server.url());
        HttpResponse<String> lockedOut = guesser.login("dora", "guess");
        for (int guesses = 1; lockedOut.statusCode() != 429; guesses++) {
            assertTrue(guesses < 50, "50 wrong passwords never locked the account");
            lockedOut = guesser.login("dora", "guess-" + guesses);
        }
        assertSecurityHeaders("a login locked out", lockedOut.headers());
    }

    private static void assertSecurityHeaders(String what, HttpHeaders headers) {
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'")
                && policy.contains("style-src 'self'"), what + ": " + policy);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), what);
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
    }

    @Test
    void theFaviconIsServed() {
        WebClient anonymous = new WebClient(server.url());
        HttpResponse<String> ico = anonymous.get("/favicon.ico");
        assertEquals(301, ico.statusCode());
        assertEquals("/static/favicon.svg", ico.headers().firstValue("Location").orElse(""));
        HttpResponse<String> svg = anonymous.get("/static/favicon.svg");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(anonymous.get("/login").body().contains("<link rel=\"icon\" href=\"/static/favicon.svg\""));
    }

    @Test
    void scriptsAndStylesAreServedWithTypesThatNosniffAccepts() {
        WebClient anonymous = new WebClient(server.url());
        for (String script : new String[] {"/static/progress.js", "/static/charts.js", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js"}) {
            HttpResponse<String> response = anonymous.get(script);
            assertEquals(200, response.statusCode(), script);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").matches("(text|application)/javascript.*"),
                    script + ": " + response.headers().firstValue("Content-Type"));
        }
        assertTrue(anonymous.get("/static/grader.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void noTemplateNeedsInlineScriptOrStyle() {
        WebClient prof = new WebClient(server.url());
        prof.login("prof", TestServer.PASSWORD);
        for (String page : new String[] {"/instructor", "/instructor/exercises/exercise4", "/instructor/submissions", "/instructor/workers"}) {
            String body = prof.get(page).body();
            assertTrue(!body.contains("style=") && !body.contains("<style") && !body.replaceAll("<script (src|type=\"application/json\")", "").contains("<script"),
                    page + " would be broken by the Content-Security-Policy");
        }
    }
}
