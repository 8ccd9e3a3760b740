package grader.web.queue;

import grader.web.queue.GradingQueue.GradingRound;

/**
 * The job engine as the record of grading sees it: it runs one job per grading round, on some
 * worker, not before the round's {@link GradingRound#notBefore} time, and again if that worker
 * died. Implemented by JobRunr ({@code jobs.GradingJobs}).
 *
 * <p>Implementations must be thread-safe: every request thread calls them.
 */
public interface JobEngine {

    /**
     * Makes the round's job, once: making it again (a retried request, the reconciler after a
     * crash) makes no second job. Failing to reach the engine is not the caller's problem: the
     * round is queued in the record, and the reconciler makes its job later.
     */
    void enqueue(GradingRound round);
}
