package grader.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Account;
import grader.web.db.Database;
import grader.web.queue.GradeOutcome;
import grader.web.queue.GradingDispatch;
import grader.web.queue.GradingQueue;
import grader.web.submission.SubmissionBlobs;
import grader.web.testing.FakeGrader;
import grader.web.testing.Outcomes;
import grader.web.testing.Queries;
import grader.web.testing.TestJvm;
import grader.web.testing.Zips;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.ScheduledState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's side of the job engine, run against each database: one job per submission and
 * round, however often it is made; the reconciler mending what a crash leaves (a queued
 * submission without a job: the server died between storing it and making its job; a job that
 * ended while its submission still waits) and making a due re-measure's job for its time; and a
 * failure of the grader's own retried by the engine and recorded once.
 */
abstract class GradingJobsContract {

    private static final Duration REMEASURE_AFTER = Duration.ofMinutes(7);

    /** A fresh, migrated, empty database. */
    abstract Database openDatabase();

    private Database database;
    private Jdbi jdbi;
    private GradingQueue queue;
    private JobStorage storage;
    private GradingJobs jobs;
    private GradingDispatch dispatch;
    private Account student;

    @BeforeEach
    void open() {
        database = openDatabase();
        storage = JobStorage.open(database);
        jdbi = database.jdbi();
        queue = new GradingQueue(jdbi, REMEASURE_AFTER);
        jobs = new GradingJobs(queue, storage);
        dispatch = new GradingDispatch(queue, jobs);
        student = Queries.student(jdbi);
    }

    @AfterEach
    void close() {
        jobs.close();
        database.close();
    }

    @Test
    void eachRoundHasOneJobAndTheReconcilerMakesTheMissingOnes() {
        StorageProvider engine = storage.provider();
        long dispatched = insertQueued();
        dispatch.queued(dispatched);
        dispatch.queued(dispatched);
        UUID first = new GradeSubmission(dispatched, 0).jobId();
        assertEquals(StateName.ENQUEUED, engine.getJobById(first).getState());
        assertEquals(1, engine.countJobs(StateName.ENQUEUED), "made twice, one job");

        long orphan = insertQueued(); // the server died before making its job
        assertEquals(1, jobs.reconcile());
        assertEquals(StateName.ENQUEUED, engine.getJobById(new GradeSubmission(orphan, 0).jobId()).getState());
        assertEquals(0, jobs.reconcile(), "nothing left to mend");

        Job ended = engine.getJobById(first); // say it ran out of retries while the submission waits
        ended.delete("test: the job ended");
        engine.save(ended);
        assertEquals(1, jobs.reconcile());
        assertEquals(StateName.ENQUEUED, engine.getJobById(first).getState());

        queue.complete(queue.claim(dispatched, 0, first.toString(), "machine").orElseThrow(), Outcomes.of(7, 10, 1.5, false));
        assertTrue(dispatch.regrade(dispatched));
        assertEquals(StateName.ENQUEUED, engine.getJobById(new GradeSubmission(dispatched, 1).jobId()).getState(),
                "a regrade is a new round with a job of its own, made by the same call");
        assertEquals(0, dispatch.regradeAll("exercise4"), "nothing finished to regrade");
    }

    @Test
    void anInconclusiveVerdictsReMeasureGetsAJobForItsDueTime() {
        long id = insertQueued();
        dispatch.queued(id);
        UUID first = new GradeSubmission(id, 0).jobId();
        GradeOutcome inconclusive = Outcomes.of(20, 24, 1.0, true);
        Instant graded = Instant.now();
        assertEquals(GradingQueue.Completion.RECORDED_TO_REMEASURE,
                queue.complete(queue.claim(id, 0, first.toString(), "machine").orElseThrow(), inconclusive));

        assertEquals(1, jobs.reconcile(), "the re-measure's round has no job until the reconciler makes it");
        Job remeasure = storage.provider().getJobById(new GradeSubmission(id, 1).jobId());
        assertEquals(StateName.SCHEDULED, remeasure.getState());
        Instant due = remeasure.<ScheduledState>getJobState().getScheduledAt();
        assertTrue(!due.isBefore(graded.plus(REMEASURE_AFTER).truncatedTo(ChronoUnit.SECONDS)), "due after the delay: " + due);
        assertEquals(0, jobs.reconcile(), "made once");
    }

    @Test
    void aFailureOfTheGradersOwnIsRetriedByTheEngineAndRecordedOnce() throws Exception {
        long id = insertQueued();
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO submission_files (submission_id, name, content)"
                + " VALUES (:id, 'submission.zip', :zip)").bind("id", id).bind("zip", Zips.parallelSum()).execute());
        FakeGrader grader = new FakeGrader(0, 1);
        try (GradingWorkers workers = GradingWorkers.start(storage, queue, new SubmissionBlobs(jdbi), new GradingMachines(jdbi),
                grader, new GradingWorkers.Settings("machine", 1, GradingWorkers.DEFAULT_POLL_INTERVAL))) {
            dispatch.queued(id);
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
        return Queries.insertQueued(jdbi, student.id(), 0);
    }
}
