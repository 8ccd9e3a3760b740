package grader.web.submission;

import grader.web.db.Columns;
import grader.web.gradebook.ScoreOverride;
import grader.web.queue.SubmissionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Reads and inserts submission rows. The queue's state changes live in the queue. Thread-safe. */
public final class SubmissionStore {

    private static final String SELECT = "SELECT s.id, s.account_id, a.username, s.exercise_id, s.upload_name,"
            + " s.submitted_at, s.late_days, s.penalty, s.status, s.started_at, s.finished_at, s.infra_failures,"
            + " s.last_error, r.raw_score, r.score, r.max_score, r.speedup, r.inconclusive, r.violations, " + ScoreOverride.COLUMNS
            + " FROM submissions s JOIN accounts a ON a.id = s.account_id LEFT JOIN results r ON r.submission_id = s.id"
            + ScoreOverride.join("s.id");

    private final Jdbi jdbi;

    public SubmissionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Inserts a queued submission inside the caller's transaction; returns its id. */
    long insert(Handle handle, long accountId, String exerciseId, String storageKey, String uploadName, long now,
                int lateDays, double penalty, String clientKey) {
        return handle.createUpdate("INSERT INTO submissions (account_id, exercise_id, storage_key, upload_name,"
                        + " submitted_at, late_days, penalty, status, queued_at, infra_failures, client_key)"
                        + " VALUES (:account, :exercise, :key, :upload, :now, :late, :penalty, :queued, :now, 0, :client)")
                .bind("queued", SubmissionStatus.QUEUED.column()).bind("account", accountId).bind("exercise", exerciseId).bind("key", storageKey).bind("client", clientKey)
                .bind("upload", uploadName).bind("now", now).bind("late", lateDays).bind("penalty", penalty)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The student's submission stored under this client key, if any. */
    Optional<Long> findByClientKey(long accountId, String clientKey) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM submissions WHERE account_id = :account AND client_key = :key")
                .bind("account", accountId).bind("key", clientKey).mapTo(Long.class).findOne());
    }

    /** Submissions of one student since a time, for the rate limit. */
    int countSince(Handle handle, long accountId, long since) {
        return handle.createQuery("SELECT COUNT(*) FROM submissions WHERE account_id = :account AND submitted_at >= :since")
                .bind("account", accountId).bind("since", since).mapTo(Integer.class).one();
    }

    /** Submissions that count against an exercise's cap: all but those the grader itself failed on. */
    int countAttempts(Handle handle, long accountId, String exerciseId) {
        return handle.createQuery("SELECT COUNT(*) FROM submissions WHERE account_id = :account"
                        + " AND exercise_id = :exercise AND status <> :error")
                .bind("error", SubmissionStatus.ERROR.column()).bind("account", accountId).bind("exercise", exerciseId).mapTo(Integer.class).one();
    }

    public Optional<SubmissionSummary> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE s.id = :id").bind("id", id)
                .map((rs, ctx) -> summary(rs)).findOne());
    }

    /** The stored report JSON of a graded submission. */
    public Optional<String> reportJson(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT report_json FROM results WHERE submission_id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /** Where the submission's files are stored. */
    public Optional<String> storageKey(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT storage_key FROM submissions WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /** Newest first, at most {@code limit}. */
    public List<SubmissionSummary> list(SubmissionFilter filter, int limit) {
        return rows(filter, "", null, "DESC", limit);
    }

    /**
     * One page of the list, newest first: the {@code size} rows older than {@code before}, or if
     * {@code after} is given the {@code size} rows just newer than it, or the newest. Keyset paging on
     * the id, so a page costs the same however deep it is and rows arriving meanwhile shift nothing.
     */
    public SubmissionPage page(SubmissionFilter filter, Long before, Long after, int size) {
        List<SubmissionSummary> rows = new ArrayList<>(after != null ? rows(filter, " AND s.id > :bound", after, "ASC", size)
                : rows(filter, before != null ? " AND s.id < :bound" : "", before, "DESC", size));
        rows.sort(Comparator.comparingLong(SubmissionSummary::id).reversed());
        if (rows.isEmpty()) {
            return new SubmissionPage(rows, null, null);
        }
        long newest = rows.get(0).id();
        long oldest = rows.get(rows.size() - 1).id();
        return new SubmissionPage(rows, rows(filter, " AND s.id < :bound", oldest, "DESC", 1).isEmpty() ? null : oldest,
                rows(filter, " AND s.id > :bound", newest, "ASC", 1).isEmpty() ? null : newest);
    }

    /** Rows the filter matches, with one more condition on the id (bound to {@code bound}), in id order. */
    private List<SubmissionSummary> rows(SubmissionFilter filter, String idCondition, Long bound, String order, int limit) {
        return jdbi.withHandle(handle -> {
            Query query = bind(handle.createQuery(SELECT + where(filter) + idCondition + " ORDER BY s.id " + order + " LIMIT :limit"), filter)
                    .bind("limit", limit);
            if (bound != null) {
                query.bind("bound", bound);
            }
            return query.map((rs, ctx) -> summary(rs)).list();
        });
    }

    /** How many submissions the filter matches. */
    public int count(SubmissionFilter filter) {
        return jdbi.withHandle(handle -> bind(handle.createQuery("SELECT COUNT(*) FROM submissions s"
                + " LEFT JOIN results r ON r.submission_id = s.id" + where(filter)), filter).mapTo(Integer.class).one());
    }

    private static String where(SubmissionFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (filter.exerciseId() != null) {
            sql.append(" AND s.exercise_id = :exercise");
        }
        if (filter.status() != null) {
            sql.append(" AND s.status = :status");
        }
        if (filter.inconclusiveOnly()) {
            sql.append(" AND r.inconclusive = :yes");
        }
        if (filter.violationsOnly()) {
            sql.append(" AND r.violations > 0");
        }
        if (filter.accountId() != null) {
            sql.append(" AND s.account_id = :account");
        }
        return sql.toString();
    }

    private static Query bind(Query query, SubmissionFilter filter) {
        query.bind("yes", true);
        if (filter.exerciseId() != null) {
            query.bind("exercise", filter.exerciseId());
        }
        if (filter.status() != null) {
            query.bind("status", filter.status().column());
        }
        if (filter.accountId() != null) {
            query.bind("account", filter.accountId());
        }
        return query;
    }

    private static SubmissionSummary summary(ResultSet rs) throws SQLException {
        Integer violations = Columns.nullableInt(rs, "violations");
        return new SubmissionSummary(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username"),
                rs.getString("exercise_id"), rs.getString("upload_name"), rs.getLong("submitted_at"),
                rs.getInt("late_days"), rs.getDouble("penalty"), SubmissionStatus.ofColumn(rs.getString("status")),
                Columns.nullableLong(rs, "started_at"), Columns.nullableLong(rs, "finished_at"),
                rs.getInt("infra_failures"), rs.getString("last_error"), Columns.nullableDouble(rs, "raw_score"),
                Columns.nullableDouble(rs, "score"), Columns.nullableDouble(rs, "max_score"),
                Columns.nullableDouble(rs, "speedup"), violations == null ? null : rs.getBoolean("inconclusive"),
                violations, ScoreOverride.read(rs));
    }
}
