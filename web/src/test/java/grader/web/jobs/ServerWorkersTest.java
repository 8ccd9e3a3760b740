package grader.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.queue.SubmissionStatus;
import grader.web.submission.RateLimit;
import grader.web.submission.SubmissionStore;
import grader.web.submission.SubmissionSummary;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server's own workers on the embedded database, through its pages: a grading the grader
 * itself failed on is re-queued, retried by the job engine, costs nothing, and is then graded once.
 */
class ServerWorkersTest {

    @Test
    void anInfrastructureFailureIsRetriedAndMarkedOnTheSubmission() throws InterruptedException {
        FakeGrader grader = new FakeGrader(0, 1);
        try (TestServer server = TestServer.start(grader, 1, RateLimit.standard())) {
            server.account("alice", Role.STUDENT);
            WebClient alice = new WebClient(server.url());
            alice.login("alice", TestServer.PASSWORD);
            alice.get("/exercises/exercise4");
            alice.submit("exercise4", List.of(Map.entry("a.zip", Zips.parallelSum())));
            SubmissionStore store = new SubmissionStore(server.app().database().jdbi());
            SubmissionSummary summary = store.find(1).orElseThrow();
            // The job engine polls every 5 s and retries a failed job after a back-off of a few seconds.
            for (int i = 0; i < 1200 && summary.status() != SubmissionStatus.GRADED; i++) {
                Thread.sleep(50);
                summary = store.find(1).orElseThrow();
            }
            assertEquals(SubmissionStatus.GRADED, summary.status());
            assertEquals(1, summary.infraFailures());
            assertEquals(2, grader.calls());
            assertEquals(7.0, summary.score());
            assertTrue(alice.get("/exercises/exercise4").body().contains("grader failed 1×, no attempt charged"));
        }
    }
}
