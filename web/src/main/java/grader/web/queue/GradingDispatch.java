package grader.web.queue;

import java.util.List;

/**
 * How queued submissions reach a grader. Called after the transaction that queued them has
 * committed (an upload stored, a regrade): on the embedded database this server's own workers poll
 * the queue and nothing more is needed ({@link #POLLED}); on a shared PostgreSQL a job per
 * submission goes to the job engine, which hands it to a grading machine.
 *
 * <p>Implementations must be thread-safe: every request thread calls them.
 */
public interface GradingDispatch {

    /** Nothing to do: the workers find queued submissions themselves. */
    GradingDispatch POLLED = submissionIds -> {
    };

    /** The submissions were just queued. */
    void queued(List<Long> submissionIds);
}
