package grader.web.queue;

import grader.web.gradebook.Points;
import grader.web.session.Tokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The record of grading: the {@code submissions} table's status column and the {@code results}
 * table, changed only here. The job engine decides who grades what and when; this table decides
 * what counts. Every change is one transaction that checks the state it comes from, so the record
 * holds on SQLite and on PostgreSQL alike, however many workers share one database:
 *
 * <ul>
 *   <li>{@link #claim} moves a submission of a given grading round to running under a fresh claim
 *       token, for the attempt of one job; two jobs racing for one row cannot both win, since the
 *       update requires the row to be still queued (or held by an earlier attempt of the same
 *       job, which the engine gave up: its worker died);</li>
 *   <li>{@link #complete} records the result and moves running to graded in one transaction, and
 *       only for the holder of the current claim: a result is recorded once per claim, and an
 *       attempt that lost its claim records nothing;</li>
 *   <li>a submission goes back to queued, in a new grading round, only through
 *       {@link GradingDispatch} (a regrade), which also makes its job, or by {@link #complete}
 *       itself when a speedup verdict is left inconclusive (a re-measure later, at most
 *       {@link #MAX_REMEASURES} times), whose job the reconciler makes when it is due.</li>
 * </ul>
 *
 * Thread-safe: all state is in the database.
 */
public final class GradingQueue {

    /** How often the grader may fail on one submission for its own reasons before giving up on it. */
    static final int MAX_INFRASTRUCTURE_FAILURES = 3;
    /** How often an inconclusive speedup verdict is measured again by itself before it stands. */
    static final int MAX_REMEASURES = 3;

    private static final String QUEUED = SubmissionStatus.QUEUED.column();
    private static final String RUNNING = SubmissionStatus.RUNNING.column();
    private static final String GRADED = SubmissionStatus.GRADED.column();
    private static final String ERROR = SubmissionStatus.ERROR.column();

    /**
     * How long an inconclusive verdict waits before it is measured again: long enough for the
     * host's other work to have moved on, or for another grading machine to take it.
     */
    public static final Duration REMEASURE_AFTER = Duration.ofMinutes(10);

    private final Jdbi jdbi;
    private final Duration remeasureAfter;

    public GradingQueue(Jdbi jdbi) {
        this(jdbi, REMEASURE_AFTER);
    }

    /** A queue whose inconclusive verdicts wait {@code remeasureAfter} (tests wait less). */
    public GradingQueue(Jdbi jdbi, Duration remeasureAfter) {
        this.jdbi = jdbi;
        this.remeasureAfter = remeasureAfter;
    }

    /**
     * A submission's grading round (each time it is queued is a round of its own; its job carries
     * these two numbers) and the time before which it should not be graded (epoch milliseconds:
     * when it was queued, or when a re-measure is due). Immutable.
     */
    public record GradingRound(long submissionId, int round, long notBefore) {
    }

    /**
     * Claims submission {@code submissionId} for attempt {@code jobId} of the job for grading round
     * {@code round}: a queued submission of that round, or one still running under an earlier
     * attempt of the same job (the engine runs a job again only once it has given the earlier
     * attempt up, its worker having died, so that attempt's result must not count: its claim token
     * no longer matches). Empty when there is nothing to do: the submission is graded already (an
     * attempt died after recording it), in error, queued again for a later round, or held by
     * another job.
     */
    public Optional<Job> claim(long submissionId, int round, String jobId, String worker) {
        String token = Tokens.random();
        long now = System.currentTimeMillis();
        return jdbi.inTransaction(handle -> {
            int claimed = handle.createUpdate("UPDATE submissions SET status = :running, claim_token = :token,"
                            + " claimed_by = :worker, grading_job = :job, started_at = :now, finished_at = NULL"
                            + " WHERE id = :id AND grading_round = :round"
                            + " AND (status = :queued OR (status = :running AND grading_job = :job))")
                    .bind("running", RUNNING).bind("queued", QUEUED).bind("token", token).bind("worker", worker)
                    .bind("job", jobId).bind("now", now).bind("id", submissionId).bind("round", round)
                    .execute();
            if (claimed != 1) {
                return Optional.empty();
            }
            return Optional.of(handle.createQuery("SELECT exercise_id, storage_key, penalty FROM submissions WHERE id = :id")
                    .bind("id", submissionId)
                    .map((rs, ctx) -> new Job(submissionId, rs.getString("exercise_id"), rs.getString("storage_key"),
                            rs.getDouble("penalty"), token))
                    .one());
        });
    }

    /** The grading round of a submission if it is queued now. */
    public Optional<GradingRound> queuedRound(long submissionId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, grading_round, queued_at FROM submissions"
                        + " WHERE id = :id AND status = :queued")
                .bind("id", submissionId).bind("queued", QUEUED).map((rs, ctx) -> round(rs)).findOne());
    }

    /**
     * The rounds a job should be grading now or later, oldest first: the queued submissions, and
     * the running ones (a job that gave up on them leaves them running, claimed by a dead attempt).
     */
    public List<GradingRound> unfinishedRounds() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, grading_round, queued_at FROM submissions"
                        + " WHERE status IN (:queued, :running) ORDER BY queued_at, id")
                .bind("queued", QUEUED).bind("running", RUNNING).map((rs, ctx) -> round(rs)).list());
    }

    /** What became of a grading sent to {@link #complete}. */
    public enum Completion {
        /** Recorded; the submission is graded. */
        RECORDED,
        /** Recorded, and queued again in a new round to re-measure its inconclusive speedup verdict later. */
        RECORDED_TO_REMEASURE,
        /** Nothing recorded: the claim is no longer this attempt's. */
        CLAIM_LOST
    }

    /**
     * Records the grading of a claimed job, with its late penalty applied (to two decimals), and
     * marks it graded; nothing is recorded if the claim is no longer the job's. An inconclusive
     * speedup verdict is recorded as well, so the student sees it at once, and the submission is
     * queued again in a new round, due after the re-measure delay, unless it was re-measured
     * {@link #MAX_REMEASURES} times already: then the verdict stands.
     */
    public Completion complete(Job job, GradeOutcome outcome) {
        long now = System.currentTimeMillis();
        return jdbi.inTransaction(handle -> {
            int moved = handle.createUpdate("UPDATE submissions SET status = :graded, finished_at = :now,"
                            + " claim_token = NULL, last_error = NULL"
                            + " WHERE id = :id AND claim_token = :token AND status = :running")
                    .bind("graded", GRADED).bind("running", RUNNING).bind("now", now).bind("id", job.submissionId())
                    .bind("token", job.claimToken()).execute();
            if (moved != 1) {
                return Completion.CLAIM_LOST;
            }
            int previousGradings = handle.createQuery("SELECT grading_count FROM results WHERE submission_id = :id")
                    .bind("id", job.submissionId()).mapTo(Integer.class).findOne().orElse(0);
            handle.createUpdate("DELETE FROM results WHERE submission_id = :id").bind("id", job.submissionId()).execute();
            handle.createUpdate("INSERT INTO results (submission_id, raw_score, score, max_score, speedup, inconclusive,"
                            + " violations, report_json, graded_at, grading_count) VALUES (:id, :raw, :score, :max,"
                            + " :speedup, :inconclusive, :violations, :report, :now, :count)")
                    .bind("id", job.submissionId()).bind("raw", outcome.score())
                    .bind("score", Points.round(outcome.score() * (1 - job.penalty()))).bind("max", outcome.maxScore())
                    .bind("speedup", outcome.speedup()).bind("inconclusive", outcome.inconclusive())
                    .bind("violations", outcome.violations()).bind("report", outcome.reportJson()).bind("now", now)
                    .bind("count", previousGradings + 1).execute();
            if (!outcome.inconclusive()) {
                return Completion.RECORDED;
            }
            int requeued = handle.createUpdate("UPDATE submissions SET status = :queued, queued_at = :due,"
                            + " remeasures = remeasures + 1, grading_round = grading_round + 1"
                            + " WHERE id = :id AND remeasures < :max")
                    .bind("queued", QUEUED).bind("due", now + remeasureAfter.toMillis()).bind("id", job.submissionId())
                    .bind("max", MAX_REMEASURES).execute();
            return requeued == 1 ? Completion.RECORDED_TO_REMEASURE : Completion.RECORDED;
        });
    }

    /**
     * The grader failed on a job for its own reasons: it goes back to the end of the queue, costing
     * the student nothing, or to {@code error} after {@link #MAX_INFRASTRUCTURE_FAILURES} failures.
     * True if it is queued again (false: in error now, or the claim was no longer this job's). It
     * stays in the same round: the engine's retry of the same job grades it again.
     */
    public boolean failed(Job job, String error) {
        return jdbi.inTransaction(handle -> {
            int moved = handle.createUpdate("UPDATE submissions SET"
                            + " status = CASE WHEN infra_failures + 1 >= :max THEN :error ELSE :queued END,"
                            + " infra_failures = infra_failures + 1, last_error = :message, queued_at = :now,"
                            + " finished_at = CASE WHEN infra_failures + 1 >= :max THEN :now ELSE NULL END,"
                            + " claim_token = NULL WHERE id = :id AND claim_token = :token AND status = :running")
                    .bind("max", MAX_INFRASTRUCTURE_FAILURES).bind("error", ERROR).bind("queued", QUEUED)
                    .bind("running", RUNNING).bind("message", truncate(error)).bind("now", System.currentTimeMillis())
                    .bind("id", job.submissionId()).bind("token", job.claimToken()).execute();
            return moved == 1 && QUEUED.equals(handle.createQuery("SELECT status FROM submissions WHERE id = :id")
                    .bind("id", job.submissionId()).mapTo(String.class).one());
        });
    }

    /**
     * Queues a finished submission again (a regrade) in a new grading round; its old result stays
     * until the new one replaces it. Only {@link GradingDispatch} calls it, which makes the round's job.
     */
    Optional<GradingRound> regrade(long submissionId) {
        return jdbi.inTransaction(handle -> requeueFinished(handle, submissionId, System.currentTimeMillis()));
    }

    /** Queues every finished submission of an exercise again, each in a new grading round, as {@link #regrade} does. */
    List<GradingRound> regradeAll(String exerciseId) {
        return jdbi.inTransaction(handle -> {
            List<Long> finished = handle.createQuery("SELECT id FROM submissions WHERE exercise_id = :exercise"
                            + " AND status IN (:graded, :error) ORDER BY id")
                    .bind("exercise", exerciseId).bind("graded", GRADED).bind("error", ERROR).mapTo(Long.class).list();
            long now = System.currentTimeMillis();
            return finished.stream().flatMap(id -> requeueFinished(handle, id, now).stream()).toList();
        });
    }

    private Optional<GradingRound> requeueFinished(Handle handle, long submissionId, long now) {
        // A regrade starts afresh: the grader's failures and the re-measures so far no longer count.
        int moved = handle.createUpdate("UPDATE submissions SET status = :queued, queued_at = :now, infra_failures = 0,"
                        + " remeasures = 0, last_error = NULL, grading_round = grading_round + 1"
                        + " WHERE id = :id AND status IN (:graded, :error)")
                .bind("queued", QUEUED).bind("graded", GRADED).bind("error", ERROR).bind("now", now)
                .bind("id", submissionId).execute();
        if (moved != 1) {
            return Optional.empty();
        }
        return Optional.of(handle.createQuery("SELECT id, grading_round, queued_at FROM submissions WHERE id = :id")
                .bind("id", submissionId).map((rs, ctx) -> round(rs)).one());
    }

    /** 1 for the next submission to be graded; empty unless it is queued. */
    public Optional<Integer> position(long submissionId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM submissions q, submissions s"
                        + " WHERE s.id = :id AND s.status = :queued AND q.status = :queued"
                        + " AND (q.queued_at < s.queued_at OR (q.queued_at = s.queued_at AND q.id <= s.id))")
                .bind("id", submissionId).bind("queued", QUEUED).mapTo(Integer.class).findOne().filter(count -> count > 0));
    }

    /**
     * The median duration of the exercise's last 20 gradings on this course's database, in whole
     * seconds; empty before the first. A median, since one grading that waited out its time limits
     * (or a regrade of the whole class on a busy machine) would drag a mean far from what a student
     * usually waits.
     */
    public Optional<Long> typicalGradingSeconds(String exerciseId) {
        List<Long> millis = jdbi.withHandle(handle -> handle.createQuery("SELECT finished_at - started_at FROM submissions"
                        + " WHERE exercise_id = :exercise AND status = :graded AND started_at IS NOT NULL AND finished_at IS NOT NULL"
                        + " ORDER BY finished_at DESC LIMIT 20")
                .bind("exercise", exerciseId).bind("graded", GRADED).mapTo(Long.class).list());
        if (millis.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return Optional.of(Math.max(1, Math.round(median / 1000))); // "about 0 s" would read as a fault
    }

    private static GradingRound round(ResultSet rs) throws SQLException {
        return new GradingRound(rs.getLong("id"), rs.getInt("grading_round"), rs.getLong("queued_at"));
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
    }
}
