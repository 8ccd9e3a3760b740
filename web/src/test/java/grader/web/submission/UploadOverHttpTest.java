package grader.web.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Refused uploads through the browser form: each gets its one sentence on the page, and nothing is stored. */
class UploadOverHttpTest {

    @Test
    void refusedUploadsSayWhyAndStoreNothing() {
        try (TestServer server = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard())) {
            server.account("alice", Role.STUDENT);
            WebClient alice = new WebClient(server.url());
            alice.login("alice", TestServer.PASSWORD);
            alice.get("/exercises/exercise4");

            // Turned away unread, back to the exercise page, which says why (not a bare "Error 413").
            HttpResponse<String> huge = alice.upload("/exercises/exercise4/submissions", List.of(Map.entry("big.zip", new byte[30 * 1024 * 1024])));
            assertEquals(303, huge.statusCode());
            String back = huge.headers().firstValue("Location").orElseThrow();
            assertEquals("/exercises/exercise4?refused=too-large", back);
            HttpResponse<String> page = alice.get(back);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("id=\"error\">The upload is larger than 20 MB, the most the server takes"), page.body());
            assertTrue(page.body().contains("id=\"files\""), "the upload form is right there to try again");

            HttpResponse<String> hugeApi = alice.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()
                    + "/api/exercises/exercise4/submissions")).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024])));
            assertEquals(413, hugeApi.statusCode());
            assertTrue(hugeApi.body().contains("{\"error\":\"The upload is larger than 20 MB"), hugeApi.body());

            alice.get("/exercises/exercise4");
            HttpResponse<String> foreign = alice.upload("/exercises/exercise4/submissions",
                    List.of(Map.entry("w.zip", Zips.of(Map.of("Bank.java", "package exercise1;\nclass Bank {}\n")))));
            assertEquals(400, foreign.statusCode());
            assertTrue(foreign.body().contains("Bank.java declares package exercise1, but a submission for exercise4 may only hold"
                    + " classes in package exercise4."), foreign.body());

            HttpResponse<String> nothing = alice.upload("/exercises/exercise4/submissions", List.of());
            assertTrue(nothing.body().contains("Choose a .zip or at least one .java file to submit."), nothing.body());
            assertTrue(alice.get("/exercises/exercise4").body().contains("No submissions yet."));
        }
    }
}
