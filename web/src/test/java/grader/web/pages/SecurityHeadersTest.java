package grader.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of response carries the security headers: pages, refusals, errors, static files, webjars, the favicon. */
class SecurityHeadersTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard());
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
        responses.forEach((what, response) -> {
            var headers = response.headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'")
                    && policy.contains("style-src 'self'"), what + ": " + policy);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), what);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
        });
        assertEquals(403, responses.get("forbidden instructor page").statusCode());
        assertEquals(200, responses.get("style sheet").statusCode());
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
