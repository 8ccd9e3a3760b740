package grader.web.queue;

import grader.web.db.Columns;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The queue at a glance, for the admin view: how many submissions wait and since when the oldest
 * has, and what is being graded now and by whom. Reads only. Thread-safe.
 */
public final class QueueOverview {

    /** The waiting submissions: how many, and when the oldest was queued (null if none). Immutable. */
    public record Waiting(int count, Long oldestQueuedAt) {
    }

    /** A submission being graded: by which worker, since when. Immutable. */
    public record InProgress(long submissionId, String exerciseId, String worker, long startedAt) {
    }

    private final Jdbi jdbi;

    public QueueOverview(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Waiting waiting() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) AS waiting, MIN(queued_at) AS oldest"
                        + " FROM submissions WHERE status = :queued").bind("queued", SubmissionStatus.QUEUED.column())
                .map((rs, ctx) -> new Waiting(rs.getInt("waiting"), Columns.nullableLong(rs, "oldest"))).one());
    }

    /** Oldest first. */
    public List<InProgress> inProgress() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, exercise_id, claimed_by, started_at FROM submissions"
                        + " WHERE status = :running ORDER BY started_at, id").bind("running", SubmissionStatus.RUNNING.column())
                .map((rs, ctx) -> new InProgress(rs.getLong("id"), rs.getString("exercise_id"), rs.getString("claimed_by"),
                        rs.getLong("started_at"))).list());
    }
}
