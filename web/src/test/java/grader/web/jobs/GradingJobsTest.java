package grader.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Account;
import grader.web.account.AccountStore;
import grader.web.account.PasswordHasher;
import grader.web.account.Role;
import grader.web.db.Database;
import grader.web.queue.GradingQueue;
import grader.web.submission.SubmissionBlobs;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestJvm;
import grader.web.testing.Zips;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's side of the job engine on a real PostgreSQL: one job per submission and round,
 * however often it is made, and the reconciler mending what a crash leaves: a queued submission
 * without a job (the server died between storing it and making its job) and a job that ended
 * while its submission still waits; and a failure of the grader's own retried by the engine.
 */
class GradingJobsTest {

    private EmbeddedPostgres postgres;
    private Database database;
    private Jdbi jdbi;
    private GradingQueue queue;
    private JobStorage storage;
    private Account student;

    @BeforeEach
    void open() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        database = Database.open(postgres.getJdbcUrl("postgres", "postgres"));
        jdbi = database.jdbi();
        queue = new GradingQueue(jdbi, Duration.ofMinutes(5));
        storage = JobStorage.open(database);
        student = new AccountStore(jdbi, new PasswordHasher(4)).create("student", "S", Role.STUDENT, "password-123");
    }

    @AfterEach
    void close() throws IOException {
        database.close();
        postgres.close();
    }

    @Test
    void eachRoundHasOneJobAndTheReconcilerMakesTheMissingOnes() {
        StorageProvider jobs = storage.provider();
        GradingJobs dispatch = new GradingJobs(queue, storage);

        long dispatched = insertQueued();
        dispatch.queued(List.of(dispatched));
        dispatch.queued(List.of(dispatched));
        UUID first = new GradeSubmission(dispatched, 0).jobId();
        assertEquals(StateName.ENQUEUED, jobs.getJobById(first).getState());
        assertEquals(1, jobs.countJobs(StateName.ENQUEUED), "made twice, one job");

        long orphan = insertQueued(); // the server died before making its job
        assertEquals(1, dispatch.reconcile());
        assertEquals(StateName.ENQUEUED, jobs.getJobById(new GradeSubmission(orphan, 0).jobId()).getState());
        assertEquals(0, dispatch.reconcile(), "nothing left to mend");

        Job ended = jobs.getJobById(first); // say it ran out of retries while the submission waits
        ended.delete("test: the job ended");
        jobs.save(ended);
        assertEquals(1, dispatch.reconcile());
        assertEquals(StateName.ENQUEUED, jobs.getJobById(first).getState());

        assertTrue(queue.claim(dispatched, 0, first.toString(), "machine").isPresent());
        jdbi.useHandle(handle -> handle.execute("UPDATE submissions SET status = 'graded' WHERE id = ?", dispatched));
        assertTrue(queue.regrade(dispatched));
        dispatch.queued(List.of(dispatched));
        assertEquals(StateName.ENQUEUED, jobs.getJobById(new GradeSubmission(dispatched, 1).jobId()).getState(),
                "a regrade is a new round with a job of its own");
    }

    @Test
    void aFailureOfTheGradersOwnIsRetriedByTheEngineAndRecordedOnce() throws Exception {
        long id = insertQueued();
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO submission_files (submission_id, name, content)"
                + " VALUES (:id, 'submission.zip', :zip)").bind("id", id).bind("zip", Zips.parallelSum()).execute());
        FakeGrader grader = new FakeGrader(0, 1);
        try (GradingWorkers workers = GradingWorkers.start(storage, queue, new SubmissionBlobs(jdbi), new GradingMachines(jdbi),
                grader, new GradingWorkers.Settings("machine", 1, GradingWorkers.DEFAULT_POLL_INTERVAL))) {
            new GradingJobs(queue, storage).queued(List.of(id));
            TestJvm.waitFor(() -> "graded".equals(jdbi.withHandle(handle -> handle.createQuery(
                    "SELECT status FROM submissions WHERE id = :id").bind("id", id).mapTo(String.class).one())), 60);
        }
        assertEquals(2, grader.calls(), "failed once, then graded by the engine's retry");
        assertEquals(1, (int) jdbi.withHandle(handle -> handle.createQuery("SELECT infra_failures FROM submissions WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).one()));
        assertEquals(1, (int) jdbi.withHandle(handle -> handle.createQuery("SELECT grading_count FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Integer.class).one()));
    }

    private long insertQueued() {
        long now = System.currentTimeMillis();
        return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO submissions (account_id, exercise_id, storage_key,"
                        + " upload_name, submitted_at, late_days, penalty, status, queued_at, infra_failures)"
                        + " VALUES (:account, 'exercise4', :key, 'a.zip', :now, 0, 0, 'queued', :now, 0)")
                .bind("account", student.id()).bind("key", UUID.randomUUID().toString()).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
}
