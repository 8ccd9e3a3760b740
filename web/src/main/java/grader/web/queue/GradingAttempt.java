package grader.web.queue;

import grader.InvalidInputException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One grading of a claimed job, recorded through the {@link GradingQueue}: what a job engine's
 * worker does with a submission it claimed. The engine's refusal of the submission itself
 * ({@link InvalidInputException}) is the student's and is recorded as a zero with the reason;
 * any other exception is the grader's own failure and is counted by {@link GradingQueue#failed};
 * a result is recorded only while the claim is still the job's.
 * Thread-safe: it keeps no state.
 */
public final class GradingAttempt {

    private static final Logger LOG = Logger.getLogger(GradingAttempt.class.getName());

    /** What became of an attempt. */
    public enum Result {
        /** The result is recorded (and, if its speedup verdict was inconclusive, a re-measure queued for later). */
        RECORDED,
        /** Another attempt holds the claim now; nothing was recorded here. */
        CLAIM_LOST,
        /** The grader failed for its own reasons; the submission is queued again. */
        REQUEUED,
        /** The grader failed for its own reasons once too often; the submission is in error. */
        GAVE_UP,
        /** The worker is stopping: nothing was recorded and the submission stays running under this claim. */
        STOPPED
    }

    private final GradingQueue queue;
    private final SubmissionGrader grader;

    public GradingAttempt(GradingQueue queue, SubmissionGrader grader) {
        this.queue = queue;
        this.grader = grader;
    }

    /**
     * Grades the job's files (what {@code submission} finds: a folder or a {@code .zip}; failing to
     * find them is the grader's failure too) and records the outcome; {@code stopping} says whether
     * the worker is being stopped, in which case a failure is not the grader's and nothing is recorded.
     */
    public Result run(Job job, Supplier<Path> submission, BooleanSupplier stopping) {
        GradeOutcome outcome;
        try {
            outcome = grader.grade(job.exerciseId(), submission.get());
        } catch (InvalidInputException refused) {
            outcome = GradeOutcome.refused(refused.getMessage());
        } catch (RuntimeException infrastructure) {
            if (stopping.getAsBoolean()) {
                return Result.STOPPED;
            }
            LOG.log(Level.WARNING, "the grader failed on submission " + job.submissionId(), infrastructure);
            return queue.failed(job, String.valueOf(infrastructure)) ? Result.REQUEUED : Result.GAVE_UP;
        }
        if (stopping.getAsBoolean()) {
            return Result.STOPPED;
        }
        if (queue.complete(job, outcome) == GradingQueue.Completion.CLAIM_LOST) {
            LOG.warning(() -> "submission " + job.submissionId() + " was claimed by another worker; its result was not recorded here");
            return Result.CLAIM_LOST;
        }
        return Result.RECORDED;
    }
}
