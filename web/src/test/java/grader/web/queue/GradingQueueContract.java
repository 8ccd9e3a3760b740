package grader.web.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Account;
import grader.web.db.Database;
import grader.web.testing.Outcomes;
import grader.web.testing.Queries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the record of grading guarantees, run against each database it supports: a result is
 * recorded once per claim, a dead worker's job is taken over by the job's next attempt, racing
 * jobs never share a submission, each round is claimed by its own job only, the grader's own
 * failures cost the student nothing, and an inconclusive verdict is measured again a bounded
 * number of times. (That the job engine runs a dead worker's job again is the durability tests'
 * part: KillAndRestartTest, MultiWorkerTest.)
 */
abstract class GradingQueueContract {

    private static final GradeOutcome OUTCOME = Outcomes.of(8, 10, 1.7, false);
    private static final Duration REMEASURE_AFTER = Duration.ofMinutes(7);

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
        queue = new GradingQueue(jdbi, REMEASURE_AFTER);
        student = Queries.student(jdbi);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long enqueue(double penalty) {
        return Queries.insertQueued(jdbi, student.id(), penalty);
    }

    private String status(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT status FROM submissions WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    private int results(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Integer.class).one());
    }

    private Job claim(long id, int round, String job) {
        return queue.claim(id, round, job, "machine-1").orElseThrow();
    }

    private GradingQueue.Completion completion(Job job) {
        return queue.complete(job, OUTCOME);
    }

    /**
     * The live page's "usually takes about N s": the median of the exercise's last 20 gradings,
     * so one grading that ran out its time limits does not make the estimate many times too long;
     * nothing before the first grading, rather than a guess.
     */
    @Test
    void theTypicalGradingIsTheMedianOfTheLastTwentyAndNothingWithoutHistory() {
        assertEquals(Optional.empty(), queue.typicalGradingSeconds("exercise4"));
        graded(600_000); // the oldest: one that waited out every limit, and falls out of the last 20
        for (int grading = 0; grading < 17; grading++) {
            graded(30_000);
        }
        graded(400_000);
        graded(500_000);
        graded(45_000);
        assertEquals(Optional.of(30L), queue.typicalGradingSeconds("exercise4"), "a mean would say 73 s");
        assertEquals(Optional.empty(), queue.typicalGradingSeconds("exercise1"), "another exercise's gradings say nothing");
        for (int grading = 0; grading < 20; grading++) {
            graded(200);
        }
        assertEquals(Optional.of(1L), queue.typicalGradingSeconds("exercise4"), "a grading under a second is about 1 s, not 0");
    }

    /** A graded submission of exercise4 whose grading took {@code millis}, finished after every earlier one. */
    private void graded(long millis) {
        long id = enqueue(0);
        long finished = System.currentTimeMillis() + 1000 * id;
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE submissions SET status = 'graded', started_at = :started,"
                + " finished_at = :finished WHERE id = :id").bind("started", finished - millis).bind("finished", finished)
                .bind("id", id).execute());
    }

    @Test
    void aResultIsRecordedOncePerClaimWithTheLatePenaltyApplied() {
        long id = enqueue(0.25);
        Job job = claim(id, 0, "job-a");
        assertEquals(id, job.submissionId());
        assertEquals("running", status(id));
        assertEquals(GradingQueue.Completion.RECORDED, completion(job));
        assertEquals(GradingQueue.Completion.CLAIM_LOST, completion(job), "the same claim cannot record twice");
        assertEquals("graded", status(id));
        assertEquals(1, results(id));
        assertEquals(6.0, jdbi.withHandle(handle -> handle.createQuery("SELECT score FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Double.class).one()), 1e-9);
        assertTrue(queue.claim(id, 0, "job-a", "machine-2").isEmpty(), "an attempt after the result was recorded does nothing");
    }

    @Test
    void aJobsLaterAttemptTakesTheClaimOverAndTheEarlierOneRecordsNothing() {
        long id = enqueue(0);
        Job first = claim(id, 0, "job-a");
        assertEquals("running", status(id));
        assertTrue(queue.claim(id, 0, "job-b", "machine-2").isEmpty(), "another job cannot take a running submission");
        Job retry = queue.claim(id, 0, "job-a", "machine-2").orElseThrow(); // the engine gave the first attempt up: its worker died
        assertEquals(GradingQueue.Completion.CLAIM_LOST, completion(first), "the given-up attempt records nothing");
        assertEquals(GradingQueue.Completion.RECORDED, completion(retry));
        assertTrue(queue.claim(id, 0, "job-a", "machine-3").isEmpty(), "an attempt after the result was recorded does nothing");
        assertEquals(1, results(id));
        assertEquals(1, (int) jdbi.withHandle(handle -> handle.createQuery("SELECT grading_count FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Integer.class).one()));
    }

    @Test
    void racingJobsNeverClaimTheSameSubmission() throws Exception {
        int submissions = 60;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            ids.add(enqueue(0));
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String job = "job-of-worker-" + w; // as if each submission's round had been given to four jobs at once
                done.add(workers.submit(() -> {
                    for (long id : ids) {
                        Optional<Job> won = queue.claim(id, 0, job, job);
                        if (won.isPresent()) {
                            claimed.add(id);
                            assertEquals(GradingQueue.Completion.RECORDED, queue.complete(won.get(), OUTCOME));
                        }
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
        assertEquals(submissions, claimed.size(), "each submission claimed by exactly one job");
        assertEquals(submissions, new HashSet<>(claimed).size());
        assertEquals(submissions, (int) jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM results").mapTo(Integer.class).one()));
    }

    @Test
    void theGradersOwnFailuresRequeueAndEndInErrorWithoutCostingAnAttempt() {
        long id = enqueue(0);
        for (int failure = 1; failure < GradingQueue.MAX_INFRASTRUCTURE_FAILURES; failure++) {
            assertTrue(queue.failed(claim(id, 0, "job"), "disk full"), "queued again, for the same job's retry");
            assertEquals("queued", status(id));
        }
        Job last = claim(id, 0, "job");
        assertFalse(queue.failed(last, "disk full"));
        assertEquals("error", status(id));
        assertFalse(queue.failed(last, "disk full"), "a claim that is no longer held changes nothing");
        assertEquals(0, results(id));
        int attempts = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM submissions WHERE account_id = :a"
                + " AND status <> 'error'").bind("a", student.id()).mapTo(Integer.class).one());
        assertEquals(0, attempts);
        assertEquals(1, queue.regrade(id).orElseThrow().round(), "an instructor can queue it again, in a new round");
        assertEquals("queued", status(id));
    }

    @Test
    void aRegradeKeepsTheOldResultUntilTheNewOneReplacesIt() {
        long id = enqueue(0);
        completion(claim(id, 0, "round-0"));
        assertTrue(queue.regrade(id).isPresent());
        assertEquals(1, results(id));
        assertEquals(Optional.of(1), queue.position(id));
        queue.complete(claim(id, 1, "round-1"), Outcomes.of(10, 10, 2.0, false));
        assertEquals(1, results(id));
        assertEquals(2, (int) jdbi.withHandle(handle -> handle.createQuery("SELECT grading_count FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Integer.class).one()));
    }

    @Test
    void aRegradeStartsANewRoundThatAJobOfTheOldRoundCannotClaim() {
        long id = enqueue(0);
        completion(claim(id, 0, "round-0"));
        assertTrue(queue.regrade(id).isPresent());
        assertEquals(Optional.of(1), queue.queuedRound(id).map(GradingQueue.GradingRound::round));
        assertEquals(List.of(id + "@1"), rounds(queue.unfinishedRounds()));
        assertTrue(queue.claim(id, 0, "round-0", "machine-1").isEmpty(), "the old round's job finds nothing to do");
        assertTrue(queue.claim(id, 1, "round-1", "machine-1").isPresent());
        assertEquals(List.of(id + "@1"), rounds(queue.unfinishedRounds()), "running under a job: still unfinished");
        assertTrue(queue.regradeAll("exercise4").isEmpty(), "a running one is not regraded");
        assertTrue(queue.regrade(id).isEmpty());
    }

    @Test
    void anInconclusiveVerdictIsRecordedAndMeasuredAgainLaterABoundedNumberOfTimes() {
        GradeOutcome inconclusive = Outcomes.of(20, 24, 1.0, true);
        long id = enqueue(0);
        long before = System.currentTimeMillis();
        assertEquals(GradingQueue.Completion.RECORDED_TO_REMEASURE, queue.complete(claim(id, 0, "round-0"), inconclusive));
        assertEquals(1, results(id), "the verdict shows at once");
        GradingQueue.GradingRound again = queue.queuedRound(id).orElseThrow();
        assertEquals(1, again.round(), "a round of its own, so the round just graded cannot grade it");
        assertTrue(again.notBefore() >= before + REMEASURE_AFTER.toMillis(), "due only after the delay");
        for (int round = 1; round < GradingQueue.MAX_REMEASURES; round++) {
            assertEquals(GradingQueue.Completion.RECORDED_TO_REMEASURE, queue.complete(claim(id, round, "round-" + round), inconclusive));
        }
        int last = GradingQueue.MAX_REMEASURES;
        assertEquals(GradingQueue.Completion.RECORDED, queue.complete(claim(id, last, "round-" + last), inconclusive),
                "after " + last + " re-measures the verdict stands");
        assertEquals("graded", status(id));
        assertEquals(last + 1, (int) jdbi.withHandle(handle -> handle.createQuery("SELECT grading_count FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(Integer.class).one()));

        assertTrue(queue.regrade(id).isPresent());
        assertEquals(GradingQueue.Completion.RECORDED_TO_REMEASURE, queue.complete(claim(id, last + 1, "regrade"), inconclusive),
                "a regrade starts the count afresh");
        assertEquals(GradingQueue.Completion.RECORDED, queue.complete(claim(id, last + 2, "conclusive"), OUTCOME));
        assertEquals("graded", status(id));
    }

    private static List<String> rounds(List<GradingQueue.GradingRound> rounds) {
        return rounds.stream().map(round -> round.submissionId() + "@" + round.round()).toList();
    }
}
