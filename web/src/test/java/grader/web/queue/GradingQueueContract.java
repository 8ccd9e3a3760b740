package grader.web.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.api.model.Report;
import grader.web.account.Account;
import grader.web.account.AccountStore;
import grader.web.account.PasswordHasher;
import grader.web.account.Role;
import grader.web.db.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the durable queue guarantees, run against each database it supports: a result is recorded
 * once per claim, a crashed worker's jobs come back, racing workers never share a job, and the
 * grader's own failures cost the student nothing.
 */
abstract class GradingQueueContract {

    private static final GradeOutcome OUTCOME = outcome(8, 10, 1.7);

    private Database database;
    private Jdbi jdbi;
    private GradingQueue queue;
    private Account student;

    /** A fresh, migrated, empty database. */
    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        jdbi = database.jdbi();
        queue = new GradingQueue(jdbi, Duration.ofMinutes(5));
        student = new AccountStore(jdbi, new PasswordHasher(4)).create("student" + System.nanoTime() % 100000, "S", Role.STUDENT, "password-123");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long enqueue(double penalty) {
        long now = System.currentTimeMillis();
        return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO submissions (account_id, exercise_id, storage_key,"
                        + " upload_name, submitted_at, late_days, penalty, status, queued_at, infra_failures)"
                        + " VALUES (:account, 'exercise4', :key, 'a.zip', :now, 0, :penalty, 'queued', :now, 0)")
                .bind("account", student.id()).bind("key", java.util.UUID.randomUUID().toString()).bind("now", now)
                .bind("penalty", penalty).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private String status(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT status FROM submissions WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    private int results(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Integer.class).one());
    }

    @Test
    void aResultIsRecordedOncePerClaimWithTheLatePenaltyApplied() {
        long id = enqueue(0.25);
        Job job = queue.claim("w1").orElseThrow();
        assertEquals(id, job.submissionId());
        assertEquals("running", status(id));
        assertTrue(queue.complete(job, OUTCOME));
        assertFalse(queue.complete(job, OUTCOME), "the same claim cannot record twice");
        assertEquals("graded", status(id));
        assertEquals(1, results(id));
        assertEquals(6.0, jdbi.withHandle(handle -> handle.createQuery("SELECT score FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Double.class).one()), 1e-9);
        assertTrue(queue.claim("w1").isEmpty());
    }

    @Test
    void aWorkerThatDiedGetsItsJobsBackAtRestartAndTheOldClaimRecordsNothing() {
        long id = enqueue(0);
        Job lost = queue.claim("w1").orElseThrow();
        assertEquals(0, queue.recover("w2"), "another worker's start leaves a live lease alone");
        assertEquals(1, queue.recover("w1"), "w1 restarting puts back what it held");
        assertEquals("queued", status(id));
        Job again = queue.claim("w1").orElseThrow();
        assertFalse(queue.complete(lost, OUTCOME), "the claim from before the crash is void");
        assertTrue(queue.complete(again, OUTCOME));
        assertEquals(1, results(id));
    }

    @Test
    void jobsWhoseLeaseRanOutAreQueuedAgain() {
        GradingQueue shortLeases = new GradingQueue(jdbi, Duration.ofMillis(1));
        long id = enqueue(0);
        shortLeases.claim("gone-machine").orElseThrow();
        long deadline = System.currentTimeMillis() + 2000;
        while (shortLeases.requeueExpired() == 0 && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals("queued", status(id));
    }

    @Test
    void racingWorkersNeverClaimTheSameJob() throws Exception {
        int jobs = 60;
        for (int i = 0; i < jobs; i++) {
            enqueue(0);
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String name = "w" + w;
                done.add(workers.submit(() -> {
                    Optional<Job> job;
                    while ((job = queue.claim(name)).isPresent()) {
                        claimed.add(job.get().submissionId());
                        assertTrue(queue.complete(job.get(), OUTCOME));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            workers.shutdownNow();
        }
        Set<Long> distinct = new HashSet<>(claimed);
        assertEquals(jobs, claimed.size());
        assertEquals(jobs, distinct.size());
        assertEquals(jobs, (int) jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM results").mapTo(Integer.class).one()));
    }

    @Test
    void theGradersOwnFailuresRequeueAndEndInErrorWithoutCostingAnAttempt() {
        long id = enqueue(0);
        for (int failure = 1; failure < GradingQueue.MAX_INFRASTRUCTURE_FAILURES; failure++) {
            queue.failed(queue.claim("w1").orElseThrow(), "disk full");
            assertEquals("queued", status(id));
        }
        queue.failed(queue.claim("w1").orElseThrow(), "disk full");
        assertEquals("error", status(id));
        assertEquals(0, results(id));
        int attempts = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM submissions WHERE account_id = :a"
                + " AND status <> 'error'").bind("a", student.id()).mapTo(Integer.class).one());
        assertEquals(0, attempts);
        assertTrue(queue.regrade(id), "an instructor can queue it again");
        assertEquals("queued", status(id));
    }

    @Test
    void aRegradeKeepsTheOldResultUntilTheNewOneReplacesIt() {
        long id = enqueue(0);
        queue.complete(queue.claim("w1").orElseThrow(), OUTCOME);
        assertTrue(queue.regrade(id));
        assertEquals(1, results(id));
        assertEquals(Optional.of(1), queue.position(id));
        queue.complete(queue.claim("w1").orElseThrow(), outcome(10, 10, 2.0));
        assertEquals(1, results(id));
        assertEquals(2, (int) jdbi.withHandle(handle -> handle.createQuery("SELECT grading_count FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Integer.class).one()));
    }

    @Test
    void aJobEnginesLaterAttemptTakesTheClaimOverAndTheEarlierOneRecordsNothing() {
        long id = enqueue(0);
        Job first = queue.claim(id, 0, "job-a", "machine-1").orElseThrow();
        assertEquals("running", status(id));
        assertTrue(queue.claim(id, 0, "job-b", "machine-2").isEmpty(), "another job cannot take a running submission");
        Job retry = queue.claim(id, 0, "job-a", "machine-2").orElseThrow(); // the engine gave the first attempt up
        assertFalse(queue.complete(first, OUTCOME), "the given-up attempt records nothing");
        assertTrue(queue.complete(retry, OUTCOME));
        assertTrue(queue.claim(id, 0, "job-a", "machine-3").isEmpty(), "an attempt after the result was recorded does nothing");
        assertEquals(1, results(id));
        assertEquals(1, (int) jdbi.withHandle(handle -> handle.createQuery("SELECT grading_count FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Integer.class).one()));
    }

    @Test
    void aRegradeStartsANewRoundThatAJobOfTheOldRoundCannotClaim() {
        long id = enqueue(0);
        queue.complete(queue.claim(id, 0, "round-0", "machine-1").orElseThrow(), OUTCOME);
        assertTrue(queue.regrade(id));
        assertEquals(Optional.of(new GradingQueue.GradingRound(id, 1)), queue.queuedRound(id));
        assertEquals(List.of(new GradingQueue.GradingRound(id, 1)), queue.unfinishedRounds());
        assertTrue(queue.claim(id, 0, "round-0", "machine-1").isEmpty(), "the old round's job finds nothing to do");
        assertTrue(queue.claim(id, 1, "round-1", "machine-1").isPresent());
        assertEquals(List.of(new GradingQueue.GradingRound(id, 1)), queue.unfinishedRounds(), "running under a job: still unfinished");
        assertTrue(queue.regradeAll("exercise4").isEmpty(), "a running one is not regraded");
    }

    @Test
    void failedSaysWhetherTheSubmissionIsQueuedAgain() {
        long id = enqueue(0);
        for (int failure = 1; failure < GradingQueue.MAX_INFRASTRUCTURE_FAILURES; failure++) {
            assertTrue(queue.failed(queue.claim(id, 0, "job", "machine-1").orElseThrow(), "disk full"));
        }
        Job last = queue.claim(id, 0, "job", "machine-1").orElseThrow();
        assertFalse(queue.failed(last, "disk full"));
        assertEquals("error", status(id));
        assertFalse(queue.failed(last, "disk full"), "a claim that is no longer held changes nothing");
    }

    /** A grading's outcome with this score, maximum and main speedup. */
    private static GradeOutcome outcome(double score, double maxScore, double speedup) {
        Report.Figures figures = new Report.Figures(speedup, null, null, null, null, null, null, null, null, null,
                null, null);
        return new GradeOutcome(new Report(score, maxScore, 0, "", List.of(), "exercise4", List.of(new Report.Timing(
                "Speedup on all cores", Report.SPEEDUP_KIND, 1, false, 2, 2, 1, 1, figures, "")), Map.of(), null, false), 0);
    }
}
