package grader.web.bench;

import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Benchmark, not a test (run by {@code bench/dashboard}): seeds STUDENTS × 4 exercises × PER
 * graded submissions into a fresh SQLite database, then times the instructor's pages over HTTP,
 * REPEATS times each after two warm-up loads, and prints min / median / p90 / max in milliseconds.
 * Arguments: [STUDENTS] [PER] [REPEATS], default 500 10 20.
 */
public final class DashboardBench {

    private static final List<String> EXERCISES = List.of("exercise1", "exercise2", "exercise3", "exercise4");

    private DashboardBench() {
    }

    public static void main(String[] args) {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int perExercise = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        try (TestServer server = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard())) {
            server.account("prof", Role.INSTRUCTOR);
            long seeding = System.nanoTime();
            seed(server.app().database().jdbi(), students, perExercise);
            System.out.printf(Locale.ROOT, "seeded %d students x %d exercises x %d graded submissions = %d in %.1f s (SQLite, %s)%n",
                    students, EXERCISES.size(), perExercise, students * EXERCISES.size() * perExercise,
                    (System.nanoTime() - seeding) / 1e9, server.data().resolve("grader.db"));
            WebClient prof = new WebClient(server.url());
            prof.login("prof", TestServer.PASSWORD);
            for (String page : List.of("/instructor", "/instructor/exercises/exercise4", "/instructor/submissions",
                    "/instructor/submissions?exercise=exercise4&inconclusive=on", "/instructor/exercises/exercise4/gradebook.csv")) {
                time(prof, page, repeats);
            }
        }
    }

    private static void time(WebClient client, String page, int repeats) {
        long bytes = 0;
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            bytes = check(client.get(page), page).body().length();
        }
        double[] millis = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            check(client.get(page), page);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-58s min %7.1f  median %7.1f  p90 %7.1f  max %7.1f ms  (%d KiB, %d loads)%n", page,
                millis[0], millis[repeats / 2], millis[(int) Math.ceil(repeats * 0.9) - 1], millis[repeats - 1], bytes / 1024, repeats);
    }

    private static HttpResponse<String> check(HttpResponse<String> response, String page) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + response.statusCode());
        }
        return response;
    }

    /** Students, then their graded submissions with results, in one transaction per table. */
    private static void seed(Jdbi jdbi, int students, int perExercise) {
        Random random = new Random(42);
        long now = System.currentTimeMillis();
        String hash = "$2a$04$" + "x".repeat(53); // never logged in with; a real hash would cost time for nothing
        jdbi.useTransaction(handle -> {
            PreparedBatch accounts = handle.prepareBatch("INSERT INTO accounts (username, display_name, role, password_hash, created_at)"
                    + " VALUES (:username, :name, 'student', :hash, :now)");
            for (int s = 0; s < students; s++) {
                accounts.bind("username", String.format(Locale.ROOT, "s%04d", s)).bind("name", "Student " + s)
                        .bind("hash", hash).bind("now", now).add();
            }
            accounts.execute();
            List<Long> ids = handle.createQuery("SELECT id FROM accounts WHERE role = 'student' ORDER BY id").mapTo(Long.class).list();
            PreparedBatch submissions = handle.prepareBatch("INSERT INTO submissions (account_id, exercise_id, storage_key, upload_name,"
                    + " submitted_at, late_days, penalty, status, queued_at, started_at, finished_at, infra_failures)"
                    + " VALUES (:account, :exercise, :key, 'seed.zip', :at, 0, 0, 'graded', :at, :at, :at, 0)");
            int key = 0;
            for (long account : ids) {
                for (String exercise : EXERCISES) {
                    for (int n = 0; n < perExercise; n++) {
                        submissions.bind("account", account).bind("exercise", exercise).bind("key", "seed-" + key++)
                                .bind("at", now - random.nextInt(1_000_000)).add();
                    }
                }
            }
            submissions.execute();
            PreparedBatch results = handle.prepareBatch("INSERT INTO results (submission_id, raw_score, score, max_score, speedup,"
                    + " inconclusive, violations, report_json, graded_at, grading_count)"
                    + " SELECT id, :score, :score, 24, :speedup, :inconclusive, :violations, '{\"score\": 0, \"tests\": []}', :now, 1"
                    + " FROM submissions WHERE storage_key = :key");
            for (int k = 0; k < key; k++) {
                double score = Math.round(random.nextDouble() * 48) / 2.0;
                results.bind("key", "seed-" + k).bind("score", score).bind("speedup", 0.5 + random.nextDouble() * 1.6)
                        .bind("inconclusive", random.nextInt(20) == 0).bind("violations", random.nextInt(25) == 0 ? 1 : 0)
                        .bind("now", now).add();
            }
            results.execute();
        });
    }
}
