package grader.web.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Account;
import grader.web.account.AccountStore;
import grader.web.account.PasswordHasher;
import grader.web.account.Role;
import grader.web.db.Database;
import grader.web.session.SessionStore;
import grader.web.testing.FakeGraderServer;
import grader.web.testing.Queries;
import grader.web.testing.TestJvm;
import grader.web.testing.Zips;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The issue's durability check, run against each database: 200 uploads sent at once to a server
 * in its own JVM are all stored; the server is killed with SIGKILL while grading; a new one on the
 * same data folder and database grades the rest (the job engine takes the dead server's jobs for
 * orphans once its heartbeats have been missing four polls, and runs them again); every acknowledged submission ends graded with exactly one result, although
 * the jobs in hand at the kill were graded twice. Grades with a fast stand-in (50 ms a grading)
 * since the real engine takes ~10 s per exercise4 submission. Prints its figures. The second
 * test kills the server while the uploads are still arriving: the ones cut off are sent again
 * under their idempotency keys, and each upload ends stored and graded exactly once.
 */
abstract class KillAndRestartContract {

    private static final int UPLOADS = 200;
    private static final int STUDENTS = 20;

    /** A fresh database's JDBC URL for the server's {@code --db}, or null for the data folder's SQLite file. */
    abstract String freshJdbcUrl();

    private static Database open(Path data, String jdbcUrl) {
        return jdbcUrl == null ? Database.sqlite(data) : Database.open(jdbcUrl);
    }

    @Test
    void twoHundredConcurrentUploadsAreAllGradedOnceAcrossASigkill() throws Exception {
        Course course = course("grader-kill");
        Process first = startServer(course);
        long sent = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        byte[] zip = Zips.parallelSum();
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            uploads.add(http.sendAsync(upload(course.port(), course.tokens().get(i % STUDENTS), "key-" + i, zip), HttpResponse.BodyHandlers.ofString()));
        }
        Set<Long> acknowledged = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> upload : uploads) {
            HttpResponse<String> response = upload.get(60, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.body());
            acknowledged.add(Long.parseLong(response.body().replaceAll(".*\"id\":(\\d+).*", "$1")));
        }
        double uploadSeconds = (System.nanoTime() - sent) / 1e9;
        assertEquals(UPLOADS, acknowledged.size());

        try (Database database = open(course.data(), course.jdbcUrl())) {
            Jdbi jdbi = database.jdbi();
            TestJvm.waitFor(() -> Queries.count(jdbi, "SELECT COUNT(*) FROM results") >= UPLOADS / 4, 60);
            first.destroyForcibly().waitFor(); // SIGKILL on Linux: no shutdown hook runs
            int gradedAtKill = Queries.count(jdbi, "SELECT COUNT(*) FROM results");
            int runningAtKill = Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE status = 'running'");
            assertTrue(gradedAtKill < UPLOADS, "killed before the end (" + gradedAtKill + " graded)");

            Process second = startServer(course);
            try {
                TestJvm.waitFor(() -> Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE status = 'graded'") == UPLOADS, 120);
            } finally {
                second.destroyForcibly().waitFor();
            }
            Set<Long> stored = new HashSet<>(jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM submissions").mapTo(Long.class).list()));
            assertEquals(acknowledged, stored, "every acknowledged upload is stored, and nothing else");
            assertEquals(UPLOADS, Queries.count(jdbi, "SELECT COUNT(*) FROM results"));
            assertEquals(UPLOADS, Queries.count(jdbi, "SELECT COUNT(*) FROM results WHERE grading_count = 1"), "no result recorded twice");
            long storedFolders;
            try (Stream<Path> folders = Files.list(course.data().resolve("submissions"))) {
                storedFolders = folders.count();
            }
            assertEquals(UPLOADS, storedFolders);
            int gradings = Files.readAllLines(course.data().resolve("gradings.log")).size();
            assertTrue(gradings >= UPLOADS, "every submission was graded at least once");
            System.out.printf(getClass().getSimpleName() + ": %d uploads acknowledged in %.2f s; SIGKILL with %d graded and %d running;"
                            + " after restart %d graded, %d results (each recorded once), %d gradings started in all%n",
                    UPLOADS, uploadSeconds, gradedAtKill, runningAtKill, UPLOADS, UPLOADS, gradings);
        } finally {
            first.destroyForcibly();
        }
    }

    @Test
    void uploadsCutOffByASigkillAreSentAgainAndStoredOnce() throws Exception {
        Course course = course("grader-kill-uploads");
        Process first = startServer(course);
        HttpClient http = HttpClient.newHttpClient();
        byte[] zip = Zips.parallelSum();
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            uploads.add(http.sendAsync(upload(course.port(), course.tokens().get(i % STUDENTS), "key-" + i, zip), HttpResponse.BodyHandlers.ofString()));
        }
        try (Database database = open(course.data(), course.jdbcUrl())) {
            Jdbi jdbi = database.jdbi();
            TestJvm.waitFor(() -> Queries.count(jdbi, "SELECT COUNT(*) FROM submissions") >= UPLOADS / 5, 60);
            first.destroyForcibly().waitFor();
            int storedAtKill = Queries.count(jdbi, "SELECT COUNT(*) FROM submissions");
            List<Integer> cutOff = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                try {
                    assertEquals(201, uploads.get(i).get(60, TimeUnit.SECONDS).statusCode());
                } catch (ExecutionException lost) {
                    cutOff.add(i); // the connection died with the server: the client does not know whether it was stored
                }
            }
            assertTrue(!cutOff.isEmpty(), "the kill came while uploads were in flight (" + storedAtKill + " stored)");

            Process second = startServer(course);
            try {
                int repeated = 0;
                for (int i : cutOff) {
                    int status = http.send(upload(course.port(), course.tokens().get(i % STUDENTS), "key-" + i, zip), HttpResponse.BodyHandlers.ofString()).statusCode();
                    assertTrue(status == 200 || status == 201, "a retried upload is taken: " + status);
                    repeated += status == 200 ? 1 : 0;
                }
                TestJvm.waitFor(() -> Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE status = 'graded'") == UPLOADS, 120);
                assertEquals(UPLOADS, Queries.count(jdbi, "SELECT COUNT(*) FROM submissions"), "each upload stored once");
                assertEquals(UPLOADS, Queries.count(jdbi, "SELECT COUNT(DISTINCT client_key) FROM submissions"));
                assertEquals(UPLOADS, Queries.count(jdbi, "SELECT COUNT(*) FROM results WHERE grading_count = 1"));
                try (Stream<Path> staged = Files.list(course.data().resolve("submissions"))) {
                    assertEquals(0, staged.filter(path -> path.getFileName().toString().startsWith(".")).count(),
                            "half-received uploads (hidden staged folders) were cleared at the restart");
                }
                System.out.printf(getClass().getSimpleName() + ": SIGKILL during %d concurrent uploads with %d stored; %d uploads cut off and sent"
                                + " again under their keys (%d had been stored before the kill and were not stored twice);"
                                + " %d submissions, all graded once%n",
                        UPLOADS, storedAtKill, cutOff.size(), repeated, UPLOADS);
            } finally {
                second.destroyForcibly().waitFor();
            }
        } finally {
            first.destroyForcibly();
        }
    }

    /** What a test's servers run on: a data folder, a database, the students' API tokens, a port. */
    private record Course(Path data, String jdbcUrl, List<String> tokens, int port) {
    }

    private Course course(String folderPrefix) throws IOException {
        Path data = Files.createTempDirectory(folderPrefix);
        String jdbcUrl = freshJdbcUrl();
        return new Course(data, jdbcUrl, students(data, jdbcUrl), freePort());
    }

    /** Creates the students and returns an API token for each. */
    private static List<String> students(Path data, String jdbcUrl) {
        List<String> tokens = new ArrayList<>();
        try (Database database = open(data, jdbcUrl)) {
            AccountStore accounts = new AccountStore(database.jdbi(), new PasswordHasher(4));
            SessionStore sessions = new SessionStore(database.jdbi());
            for (int i = 0; i < STUDENTS; i++) {
                Account student = accounts.create("student" + i, "Student " + i, Role.STUDENT, "password-123");
                tokens.add(sessions.issueApiToken(student));
            }
        }
        return tokens;
    }

    private static HttpRequest upload(int port, String token, String key, byte[] zip) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/exercises/exercise4/submissions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/zip")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build();
    }

    private static Process startServer(Course course) throws IOException, InterruptedException {
        String data = course.data().toString();
        String port = String.valueOf(course.port());
        return course.jdbcUrl() == null ? TestJvm.start(FakeGraderServer.class, data, port, "50")
                : TestJvm.start(FakeGraderServer.class, data, port, "50", course.jdbcUrl());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
