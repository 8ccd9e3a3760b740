package grader.web.jobs;

import grader.api.files.FileTrees;
import grader.web.queue.GradingAttempt;
import grader.web.queue.GradingQueue;
import grader.web.queue.Job;
import grader.web.submission.WorkerFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * Runs a {@link GradeSubmission} job on a worker. It claims the submission through the record's
 * claim-token rule, so a result is recorded at most once however often the engine runs the job:
 * an attempt that finds the submission graded (its predecessor died after recording) or queued
 * again for a later round does nothing; an attempt run after the engine gave up an earlier one
 * (its worker died, or was killed and started again) takes the claim over, and the earlier one,
 * should it still finish, records nothing. The files come from {@link WorkerFiles}, through a
 * folder of this attempt's own, removed afterwards.
 *
 * <p>A failure of the grader's own is counted by the queue; the job then fails so that the engine
 * retries it later, unless the queue gave up on the submission. Thread-safe: the engine's worker
 * threads share one handler, which keeps no state of its own.
 */
public final class GradeSubmissionHandler implements JobRequestHandler<GradeSubmission> {

    private final GradingQueue queue;
    private final WorkerFiles files;
    private final GradingAttempt attempt;
    private final String workerName;
    private final BooleanSupplier stopping;

    public GradeSubmissionHandler(GradingQueue queue, WorkerFiles files, GradingAttempt attempt, String workerName,
                                  BooleanSupplier stopping) {
        this.queue = queue;
        this.files = files;
        this.attempt = attempt;
        this.workerName = workerName;
        this.stopping = stopping;
    }

    @Override
    public void run(GradeSubmission request) throws IOException {
        Optional<Job> claimed = queue.claim(request.submissionId(), request.round(), request.jobId().toString(), workerName);
        if (claimed.isEmpty()) {
            return;
        }
        Job job = claimed.get();
        Path scratch = Files.createTempDirectory("grader-job-" + job.submissionId() + "-");
        try {
            switch (attempt.run(job, () -> files.gradable(job.submissionId(), job.storageKey(), scratch), stopping)) {
                case REQUEUED -> throw new GradingRetryException("the grader failed on submission " + job.submissionId()
                        + "; it is queued again and the job will be retried");
                case STOPPED -> throw new GradingRetryException("this worker stopped while grading submission "
                        + job.submissionId() + "; another attempt will take it over");
                case RECORDED, CLAIM_LOST, GAVE_UP -> {
                    // done: recorded here, by the attempt that holds the claim now, or given up as an error
                }
            }
        } finally {
            FileTrees.delete(scratch);
        }
    }

    /** Fails the job on purpose, so that the engine runs it again. */
    static final class GradingRetryException extends RuntimeException {
        GradingRetryException(String message) {
            super(message);
        }
    }
}
