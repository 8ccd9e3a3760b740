package grader.web.queue;

import grader.web.gradebook.Points;
import grader.web.session.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The durable grading queue: the {@code submissions} table's status column, changed only here.
 * Every change is one transaction that checks the state it comes from, so the queue holds on
 * SQLite and on PostgreSQL alike, and several grading machines may share one database:
 *
 * <ul>
 *   <li>{@link #claim} moves the oldest queued submission to running with a fresh claim token and
 *       a lease; two workers racing for one row cannot both win, since the update requires the row
 *       to be still queued;</li>
 *   <li>{@link #complete} records the result and moves running to graded in one transaction, and
 *       only for the holder of the current claim: a result is recorded exactly once per claim,
 *       and a worker that lost its claim (its lease ran out and another took the job) records
 *       nothing;</li>
 *   <li>{@link #recover} puts back the jobs of a worker that died (at its restart, by name) and any
 *       job whose lease ran out (a machine that never came back).</li>
 * </ul>
 *
 * Where a job engine hands out the work (grading machines on a shared PostgreSQL), its job claims
 * one submission by id instead, with {@link #claim(long, int, String, String)}: the same claim
 * token discipline, without a lease, since the engine's heartbeats tell when a machine died and it
 * then runs the job again, elsewhere.
 *
 * Thread-safe: all state is in the database.
 */
public final class GradingQueue {

    /** How often the grader may fail on one submission for its own reasons before giving up on it. */
    static final int MAX_INFRASTRUCTURE_FAILURES = 3;

    private final Jdbi jdbi;
    private final Duration lease;

    public GradingQueue(Jdbi jdbi, Duration lease) {
        this.jdbi = jdbi;
        this.lease = lease;
    }

    /** Claims the oldest queued submission for {@code worker}, if there is one. */
    public Optional<Job> claim(String worker) {
        while (true) {
            Optional<Job> candidate = jdbi.withHandle(handle -> handle.createQuery(
                            "SELECT id, exercise_id, storage_key, penalty FROM submissions WHERE status = 'queued'"
                                    + " ORDER BY queued_at, id LIMIT 1")
                    .map((rs, ctx) -> new Job(rs.getLong("id"), rs.getString("exercise_id"), rs.getString("storage_key"),
                            rs.getDouble("penalty"), Tokens.random()))
                    .findOne());
            if (candidate.isEmpty()) {
                return Optional.empty();
            }
            Job job = candidate.get();
            long now = System.currentTimeMillis();
            int claimed = jdbi.inTransaction(handle -> handle.createUpdate("UPDATE submissions SET status = 'running',"
                            + " claim_token = :token, claimed_by = :worker, lease_until = :lease, started_at = :now,"
                            + " finished_at = NULL WHERE id = :id AND status = 'queued'")
                    .bind("token", job.claimToken()).bind("worker", worker).bind("lease", now + lease.toMillis())
                    .bind("now", now).bind("id", job.submissionId()).execute());
            if (claimed == 1) {
                return candidate;
            }
            // Another worker took it between the read and the update: try the next one.
        }
    }

    /**
     * Claims submission {@code submissionId} for attempt {@code jobId} of a job engine's job for
     * grading round {@code round}: a queued submission of that round, or one still running under
     * an earlier attempt of the same job (the engine runs a job again only once it has given the
     * earlier attempt up, its machine having died, so that attempt's result must not count: its
     * claim token no longer matches). Empty when there is nothing to do: the submission is graded
     * already (an attempt died after recording it), in error, queued again for a later round, or
     * held by another job.
     */
    public Optional<Job> claim(long submissionId, int round, String jobId, String worker) {
        String token = Tokens.random();
        long now = System.currentTimeMillis();
        return jdbi.inTransaction(handle -> {
            int claimed = handle.createUpdate("UPDATE submissions SET status = 'running', claim_token = :token,"
                            + " claimed_by = :worker, grading_job = :job, lease_until = NULL, started_at = :now, finished_at = NULL"
                            + " WHERE id = :id AND grading_round = :round"
                            + " AND (status = 'queued' OR (status = 'running' AND grading_job = :job))")
                    .bind("token", token).bind("worker", worker).bind("job", jobId).bind("now", now)
                    .bind("id", submissionId).bind("round", round).execute();
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

    /** A submission and its grading round: what a job engine's job for it carries. */
    public record GradingRound(long submissionId, int round) {
    }

    /** The grading round of a submission if it is queued now. */
    public Optional<GradingRound> queuedRound(long submissionId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, grading_round FROM submissions"
                        + " WHERE id = :id AND status = 'queued'")
                .bind("id", submissionId).map((rs, ctx) -> new GradingRound(rs.getLong("id"), rs.getInt("grading_round")))
                .findOne());
    }

    /**
     * The submissions a job engine's job should be grading now, oldest first: the queued ones, and
     * the running ones claimed through the engine (a job that gave up on them leaves them running).
     */
    public List<GradingRound> unfinishedRounds() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, grading_round FROM submissions"
                        + " WHERE status = 'queued' OR (status = 'running' AND grading_job IS NOT NULL) ORDER BY queued_at, id")
                .map((rs, ctx) -> new GradingRound(rs.getLong("id"), rs.getInt("grading_round"))).list());
    }

    /** Keeps a running job's lease alive; false if the claim is no longer this worker's. */
    public boolean renew(Job job) {
        return jdbi.inTransaction(handle -> handle.createUpdate("UPDATE submissions SET lease_until = :lease"
                        + " WHERE id = :id AND claim_token = :token AND status = 'running'")
                .bind("lease", System.currentTimeMillis() + lease.toMillis()).bind("id", job.submissionId())
                .bind("token", job.claimToken()).execute()) == 1;
    }

    /**
     * Records the grading of a claimed job, with its late penalty applied (to two decimals), and marks it graded;
     * false (and nothing recorded) if the claim is no longer this worker's.
     */
    public boolean complete(Job job, GradeOutcome outcome) {
        long now = System.currentTimeMillis();
        return jdbi.inTransaction(handle -> {
            int moved = handle.createUpdate("UPDATE submissions SET status = 'graded', finished_at = :now,"
                            + " claim_token = NULL, lease_until = NULL, last_error = NULL"
                            + " WHERE id = :id AND claim_token = :token AND status = 'running'")
                    .bind("now", now).bind("id", job.submissionId()).bind("token", job.claimToken()).execute();
            if (moved != 1) {
                return false;
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
            return true;
        });
    }

    /**
     * The grader failed on a job for its own reasons: it goes back to the end of the queue, costing
     * the student nothing, or to {@code error} after {@link #MAX_INFRASTRUCTURE_FAILURES} failures.
     * True if it is queued again (false: in error now, or the claim was no longer this worker's).
     */
    public boolean failed(Job job, String error) {
        return jdbi.inTransaction(handle -> {
            int moved = handle.createUpdate("UPDATE submissions SET"
                            + " status = CASE WHEN infra_failures + 1 >= :max THEN 'error' ELSE 'queued' END,"
                            + " infra_failures = infra_failures + 1, last_error = :error, queued_at = :now,"
                            + " finished_at = CASE WHEN infra_failures + 1 >= :max THEN :now ELSE NULL END,"
                            + " claim_token = NULL, lease_until = NULL WHERE id = :id AND claim_token = :token AND status = 'running'")
                    .bind("max", MAX_INFRASTRUCTURE_FAILURES).bind("error", truncate(error)).bind("now", System.currentTimeMillis())
                    .bind("id", job.submissionId()).bind("token", job.claimToken()).execute();
            return moved == 1 && "queued".equals(handle.createQuery("SELECT status FROM submissions WHERE id = :id")
                    .bind("id", job.submissionId()).mapTo(String.class).one());
        });
    }

    /**
     * Puts back into the queue, in their old places, the running jobs of {@code worker} (called
     * when it starts: whatever it was grading when it stopped was never recorded) and every job
     * whose lease has run out. Returns how many were put back.
     */
    public int recover(String worker) {
        return jdbi.inTransaction(handle -> handle.createUpdate("UPDATE submissions SET status = 'queued',"
                        + " claim_token = NULL, claimed_by = NULL, lease_until = NULL, started_at = NULL"
                        + " WHERE status = 'running' AND (claimed_by = :worker OR lease_until < :now)")
                .bind("worker", worker).bind("now", System.currentTimeMillis()).execute());
    }

    /** Puts back every job whose lease has run out (its machine died and never came back). */
    public int requeueExpired() {
        return jdbi.inTransaction(handle -> handle.createUpdate("UPDATE submissions SET status = 'queued',"
                        + " claim_token = NULL, claimed_by = NULL, lease_until = NULL, started_at = NULL"
                        + " WHERE status = 'running' AND lease_until < :now")
                .bind("now", System.currentTimeMillis()).execute());
    }

    /**
     * Queues a finished submission again (a regrade) in a new grading round; its old result stays
     * until the new one replaces it.
     */
    public boolean regrade(long submissionId) {
        return jdbi.inTransaction(handle -> handle.createUpdate("UPDATE submissions SET status = 'queued',"
                        + " queued_at = :now, infra_failures = 0, last_error = NULL, grading_round = grading_round + 1"
                        + " WHERE id = :id AND status IN ('graded', 'error')")
                .bind("now", System.currentTimeMillis()).bind("id", submissionId).execute()) == 1;
    }

    /** Queues every finished submission of an exercise again, each in a new grading round; returns their ids. */
    public List<Long> regradeAll(String exerciseId) {
        return jdbi.inTransaction(handle -> {
            List<Long> finished = handle.createQuery("SELECT id FROM submissions WHERE exercise_id = :exercise"
                    + " AND status IN ('graded', 'error') ORDER BY id").bind("exercise", exerciseId).mapTo(Long.class).list();
            long now = System.currentTimeMillis();
            for (long id : finished) {
                handle.createUpdate("UPDATE submissions SET status = 'queued', queued_at = :now, infra_failures = 0,"
                                + " last_error = NULL, grading_round = grading_round + 1 WHERE id = :id")
                        .bind("now", now).bind("id", id).execute();
            }
            return finished;
        });
    }

    /** 1 for the next submission to be graded; empty unless it is queued. */
    public Optional<Integer> position(long submissionId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM submissions q, submissions s"
                        + " WHERE s.id = :id AND s.status = 'queued' AND q.status = 'queued'"
                        + " AND (q.queued_at < s.queued_at OR (q.queued_at = s.queued_at AND q.id <= s.id))")
                .bind("id", submissionId).mapTo(Integer.class).findOne().filter(count -> count > 0));
    }

    /** The mean duration of the exercise's last 20 gradings, in whole seconds, if any were recorded. */
    public Optional<Long> typicalGradingSeconds(String exerciseId) {
        return Optional.ofNullable(jdbi.withHandle(handle -> handle.createQuery("SELECT AVG(finished_at - started_at) FROM (SELECT finished_at,"
                        + " started_at FROM submissions WHERE exercise_id = :exercise AND status = 'graded'"
                        + " AND started_at IS NOT NULL ORDER BY finished_at DESC LIMIT 20) recent")
                .bind("exercise", exerciseId).mapTo(Double.class).one()))
                .map(millis -> Math.round(millis / 1000));
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
    }
}
