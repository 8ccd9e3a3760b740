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

            HttpResponse<String> huge = alice.upload("/exercises/exercise4/submissions", List.of(Map.entry("big.zip", new byte[21 * 1024 * 1024])));
            assertEquals(413, huge.statusCode());
            assertTrue(huge.body().contains("The upload is larger than 20 MB, the most the server takes"), huge.body());

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
