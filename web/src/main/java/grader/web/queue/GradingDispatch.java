package grader.web.queue;

import grader.web.queue.GradingQueue.GradingRound;
import java.util.List;
import java.util.Optional;

/**
 * The one way a submission is queued for grading: each method changes the record and then hands
 * the new grading round to the job engine, so no caller can do one without the other. The rows
 * commit before the jobs are made; should the server die in between, the engine's reconciler
 * ({@code jobs.GradingJobs}) makes the missing jobs when it next runs, so a queued submission is
 * always graded in the end.
 *
 * <p>Thread-safe: every request thread calls it, and it keeps no state of its own.
 */
public final class GradingDispatch {

    private final GradingQueue queue;
    private final JobEngine jobs;

    public GradingDispatch(GradingQueue queue, JobEngine jobs) {
        this.queue = queue;
        this.jobs = jobs;
    }

    /** A new submission's row has just committed, queued: its first round goes to the engine. */
    public void queued(long submissionId) {
        queue.queuedRound(submissionId).ifPresent(jobs::enqueue);
    }

    /** Queues a finished submission again in a new round; false if it is not finished (queued or being graded). */
    public boolean regrade(long submissionId) {
        Optional<GradingRound> round = queue.regrade(submissionId);
        round.ifPresent(jobs::enqueue);
        return round.isPresent();
    }

    /** Queues every finished submission of the exercise again, each in a new round; returns how many. */
    public int regradeAll(String exerciseId) {
        List<GradingRound> rounds = queue.regradeAll(exerciseId);
        rounds.forEach(jobs::enqueue);
        return rounds.size();
    }
}
