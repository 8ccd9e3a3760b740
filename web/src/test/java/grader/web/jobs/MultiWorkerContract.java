package grader.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Account;
import grader.web.account.Role;
import grader.web.session.SessionStore;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.FakeGraderWorker;
import grader.web.testing.Queries;
import grader.web.testing.TestJvm;
import grader.web.testing.TestServer;
import grader.web.testing.Zips;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's distribution check, run against each database: a server and three workers, each a
 * JVM of its own running the worker process's wiring with a stand-in grader (300 ms a grading, so
 * the test is about distribution, not grading speed). 100 submissions arrive; one worker is
 * killed with SIGKILL while it holds jobs; the job engine notices its heartbeats stopped and runs
 * its jobs again on the others. Every submission ends graded with exactly one recorded result,
 * those the dead worker held included. Prints its figures.
 */
abstract class MultiWorkerContract {

    private static final int SUBMISSIONS = 100;
    private static final int STUDENTS = 10;
    private static final int WORKERS = 3;

    @TempDir
    Path folder;

    /** The server's database: a JDBC URL, or null for the SQLite file in {@code data}. */
    abstract String serverJdbcUrl();

    /** Where a worker process finds the database: the same JDBC URL, or the server's data folder. */
    abstract String workerDatabase(Path data);

    /**
     * The submission a worker graded, from the line the stand-in grader logged (the name of the
     * folder that held the files), or fails the test if the line names none.
     */
    abstract long gradedSubmission(String loggedFolder, Jdbi jdbi);

    @Test
    void threeMachinesGradeAHundredSubmissionsOnceAcrossASigkill() throws Exception {
        List<Process> workers = new ArrayList<>();
        Path data = Files.createDirectories(folder.resolve("data"));
        try (TestServer server = TestServer.start(new FakeGrader(0, 0), 0, new RateLimit(10_000, Duration.ofMinutes(10)),
                data, serverJdbcUrl())) {
            Jdbi jdbi = server.app().database().jdbi();
            List<String> tokens = students(server, jdbi);
            for (int i = 1; i <= WORKERS; i++) {
                workers.add(TestJvm.start(FakeGraderWorker.class, workerDatabase(data), "machine-" + i,
                        "2", "300", folder.resolve("gradings-" + i + ".log").toString()));
            }
            long started = System.nanoTime();
            Set<Long> acknowledged = upload(server, tokens);
            assertEquals(SUBMISSIONS, acknowledged.size());

            String victim = "machine-1";
            TestJvm.waitFor(() -> Queries.count(jdbi, "SELECT COUNT(*) FROM results") >= SUBMISSIONS / 5
                    && Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE status = 'running' AND claimed_by = '" + victim + "'") > 0, 60);
            workers.get(0).destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no goodbye to the job engine
            double killedAt = seconds(started);
            int gradedAtKill = Queries.count(jdbi, "SELECT COUNT(*) FROM results");
            List<Long> heldAtKill = jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM submissions"
                    + " WHERE status = 'running' AND claimed_by = :victim").bind("victim", victim).mapTo(Long.class).list());
            assertFalse(heldAtKill.isEmpty(), "the killed machine held jobs");
            assertTrue(gradedAtKill < SUBMISSIONS, "killed before the end (" + gradedAtKill + " graded)");

            TestJvm.waitFor(() -> Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE status = 'graded'") == SUBMISSIONS, 100);
            double finishedAt = seconds(started);

            Set<Long> stored = new HashSet<>(jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM submissions").mapTo(Long.class).list()));
            assertEquals(acknowledged, stored, "every acknowledged upload is stored, and nothing else");
            assertEquals(SUBMISSIONS, Queries.count(jdbi, "SELECT COUNT(*) FROM results"), "none lost");
            assertEquals(SUBMISSIONS, Queries.count(jdbi, "SELECT COUNT(*) FROM results WHERE grading_count = 1"), "each recorded exactly once");
            for (long id : heldAtKill) {
                String gradedBy = jdbi.withHandle(handle -> handle.createQuery("SELECT claimed_by FROM submissions WHERE id = :id")
                        .bind("id", id).mapTo(String.class).one());
                assertFalse(victim.equals(gradedBy), "submission " + id + ", held by the killed machine, was graded elsewhere");
            }
            Map<String, Integer> gradingsByMachine = gradingsByMachine(folder);
            Set<Long> gradedSomewhere = gradedSubmissions(folder, jdbi);
            assertEquals(acknowledged, gradedSomewhere, "every submission was graded at least once");
            int gradings = gradingsByMachine.values().stream().mapToInt(Integer::intValue).sum();
            for (int i = 2; i <= WORKERS; i++) {
                assertTrue(gradingsByMachine.getOrDefault("machine-" + i, 0) > 0, "machine-" + i + " took jobs");
            }
            System.out.printf(getClass().getSimpleName() + ": %d submissions on %d machines; SIGKILL of %s at %.1f s with %d graded and %d in its hands;"
                            + " all graded at %.1f s; %d gradings started (%s), %d results, each recorded once%n",
                    SUBMISSIONS, WORKERS, victim, killedAt, gradedAtKill, heldAtKill.size(), finishedAt, gradings,
                    gradingsByMachine, SUBMISSIONS);
        } finally {
            for (Process worker : workers) {
                worker.destroyForcibly().waitFor(); // before the folder they log to is removed
            }
        }
    }

    /** Creates the students and returns an API token for each. */
    private static List<String> students(TestServer server, Jdbi jdbi) {
        SessionStore sessions = new SessionStore(jdbi);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            Account student = server.app().accounts().create("student" + i, "Student " + i, Role.STUDENT, TestServer.PASSWORD);
            tokens.add(sessions.issueApiToken(student));
        }
        return tokens;
    }

    /** Sends the submissions at once through the API; returns the acknowledged ids. */
    private static Set<Long> upload(TestServer server, List<String> tokens) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] zip = Zips.parallelSum();
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            uploads.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "/api/exercises/exercise4/submissions"))
                    .header("Authorization", "Bearer " + tokens.get(i % STUDENTS)).header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Set<Long> acknowledged = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> upload : uploads) {
            HttpResponse<String> response = upload.get(60, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.body());
            acknowledged.add(Long.parseLong(response.body().replaceAll(".*\"id\":(\\d+).*", "$1")));
        }
        return acknowledged;
    }

    private static Map<String, Integer> gradingsByMachine(Path folder) throws Exception {
        Map<String, Integer> gradings = new HashMap<>();
        for (int i = 1; i <= WORKERS; i++) {
            Path log = folder.resolve("gradings-" + i + ".log");
            gradings.put("machine-" + i, Files.exists(log) ? Files.readAllLines(log).size() : 0);
        }
        return gradings;
    }

    private Set<Long> gradedSubmissions(Path folder, Jdbi jdbi) throws Exception {
        Set<Long> graded = new HashSet<>();
        for (int i = 1; i <= WORKERS; i++) {
            Path log = folder.resolve("gradings-" + i + ".log");
            for (String line : Files.exists(log) ? Files.readAllLines(log) : List.<String>of()) {
                graded.add(gradedSubmission(line, jdbi));
            }
        }
        return graded;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
