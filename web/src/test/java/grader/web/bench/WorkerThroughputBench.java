package grader.web.bench;

import grader.web.account.Account;
import grader.web.account.Role;
import grader.web.cli.SourceZip;
import grader.web.session.SessionStore;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.Queries;
import grader.web.testing.TestJvm;
import grader.web.testing.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Benchmark, not a test (run by {@code bench/worker-throughput}): grading throughput of the
 * distributed queue with 1, 2 and then 3 real worker processes ({@code ./grader worker}, the real
 * engine) on this machine. For each count: a fresh database, a server that only enqueues, the
 * workers started and ready, then SUBMISSIONS uploads (alternately copies of the exercise1 and
 * exercise4 reference solutions) sent at once; the clock runs from the first upload to the last
 * result. Prints submissions per minute and how the gradings spread over the workers. Arguments:
 * [SUBMISSIONS] [JDBC-URL of a PostgreSQL whose user may create databases], default 12 and an
 * embedded PostgreSQL.
 */
public final class WorkerThroughputBench {

    private static final List<String> EXERCISES = List.of("exercise1", "exercise4");

    private WorkerThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int submissions = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        Path root = Path.of(System.getProperty("grader.home"));
        Map<String, byte[]> uploads = EXERCISES.stream().collect(Collectors.toMap(id -> id,
                id -> SourceZip.of(root.resolve("solutions").resolve(id).resolve("reference"))));
        EmbeddedPostgres embedded = args.length > 1 ? null : EmbeddedPostgres.builder().start();
        String adminUrl = embedded != null ? embedded.getJdbcUrl("postgres", "postgres") : args[1];
        System.out.printf(Locale.ROOT, "%d submissions (%s references, alternating) per run; %d cores; PostgreSQL %s%n",
                submissions, String.join(" and ", EXERCISES), Runtime.getRuntime().availableProcessors(),
                embedded != null ? "embedded" : "at the given URL");
        try {
            for (int workers = 1; workers <= 3; workers++) {
                String database = "grader_bench_" + workers + "_" + System.currentTimeMillis();
                createDatabase(adminUrl, database);
                run(root, withDatabase(adminUrl, database), workers, submissions, uploads);
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static void run(Path root, String url, int workerCount, int submissions, Map<String, byte[]> uploads) throws Exception {
        Path data = Files.createTempDirectory("grader-bench-throughput");
        List<Process> workers = new ArrayList<>();
        try (TestServer server = TestServer.start(new FakeGrader(0, 0), 0, new RateLimit(100_000, Duration.ofMinutes(1)), data, url)) {
            Jdbi jdbi = server.app().database().jdbi();
            Account prof = server.app().accounts().create("prof", "Prof", Role.INSTRUCTOR, TestServer.PASSWORD);
            String token = new SessionStore(jdbi).issueApiToken(prof);
            for (int i = 1; i <= workerCount; i++) {
                workers.add(startWorker(root, url, "bench-worker-" + i));
            }
            HttpClient http = HttpClient.newHttpClient();
            long start = System.nanoTime();
            for (int i = 0; i < submissions; i++) {
                String exercise = EXERCISES.get(i % EXERCISES.size());
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/exercises/" + exercise + "/submissions"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(uploads.get(exercise))).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
                }
            }
            TestJvm.waitFor(() -> Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE status IN ('graded', 'error')") == submissions, 3600);
            double seconds = (System.nanoTime() - start) / 1e9;
            String spread = jdbi.withHandle(handle -> handle.createQuery("SELECT claimed_by, COUNT(*) AS n FROM submissions"
                            + " GROUP BY claimed_by ORDER BY claimed_by")
                    .map((rs, ctx) -> rs.getString("claimed_by") + "=" + rs.getInt("n")).list()).toString();
            int errors = Queries.count(jdbi, "SELECT COUNT(*) FROM submissions WHERE status = 'error'");
            System.out.printf(Locale.ROOT, "%d worker(s): %d submissions in %.1f s = %.1f submissions per minute; graded by %s%s%n",
                    workerCount, submissions, seconds, submissions * 60 / seconds, spread, errors > 0 ? "; " + errors + " in error" : "");
        } finally {
            for (Process worker : workers) {
                worker.destroy(); // SIGTERM: the worker stops its job server and exits
                worker.waitFor();
            }
        }
    }

    /** {@code ./grader worker} with the real engine; returns once it says it takes jobs. */
    private static Process startWorker(Path root, String url, String name) throws IOException {
        Process worker = new ProcessBuilder(root.resolve("grader").toString(), "worker", "--db", url, "--name", name)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("Grading worker")) {
            throw new IllegalStateException(name + " did not start: " + line);
        }
        return worker;
    }

    private static void createDatabase(String adminUrl, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
    }

    /** The same server and credentials, another database. */
    private static String withDatabase(String url, String database) {
        return url.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + database);
    }
}
