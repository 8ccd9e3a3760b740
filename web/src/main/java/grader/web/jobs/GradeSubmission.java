package grader.web.jobs;

import grader.web.queue.GradingQueue.GradingRound;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The job engine's job: grade submission {@code submissionId} in grading round {@code round}. It
 * carries only these two numbers; the {@code submissions} table is the record of truth. Its job id
 * is derived from both ({@link #jobId}), so queueing the same round twice (a retried request, the
 * reconciler after a crash) makes one job, and a regrade, a new round, makes a new one. Immutable.
 */
public record GradeSubmission(long submissionId, int round) implements JobRequest {

    /** The job of a round. */
    public static GradeSubmission of(GradingRound round) {
        return new GradeSubmission(round.submissionId(), round.round());
    }

    @Override
    public Class<GradeSubmissionHandler> getJobRequestHandler() {
        return GradeSubmissionHandler.class;
    }

    /** The job's id: the same for the same submission and round, on every machine. */
    public UUID jobId() {
        return UUID.nameUUIDFromBytes(("grader-submission-" + submissionId + "-round-" + round).getBytes(StandardCharsets.UTF_8));
    }
}
