package grader.web.jobs;

import grader.web.queue.GradingDispatch;
import grader.web.queue.GradingQueue;
import grader.web.queue.GradingQueue.GradingRound;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.ConcurrentJobModificationException;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;

/**
 * The server's side of distributed grading: a {@link GradeSubmission} job for each queued
 * submission, and a reconciler that closes the gaps a crash can leave. A submission's row commits
 * before its job is made, so a server that dies in between leaves a queued submission without a
 * job; a job that ran out of retries leaves one that no job will run again. The reconciler, run at
 * start and every {@code reconcileEvery}, makes the job where there is none and enqueues again one
 * that ended. Job ids are derived from submission and round, so making a job twice makes one.
 *
 * <p>Thread-safe. Owns the reconciler's thread: {@link #start} starts it, {@link #close} stops it.
 * Jobs made before {@link #start} are fine: they wait for a grading machine like any other.
 */
public final class GradingJobs implements GradingDispatch, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GradingJobs.class.getName());
    /** States in which a job will not run again by itself. */
    private static final Set<StateName> ENDED = EnumSet.of(StateName.SUCCEEDED, StateName.FAILED, StateName.DELETED);

    private final GradingQueue queue;
    private final StorageProvider storage;
    private final JobRequestScheduler scheduler;
    private final ScheduledExecutorService reconciler;

    public GradingJobs(GradingQueue queue, JobStorage storage) {
        this.queue = queue;
        this.storage = storage.provider();
        this.scheduler = new JobRequestScheduler(storage.provider());
        this.reconciler = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "grader-job-reconciler"));
    }

    /** Reconciles once now, then every {@code reconcileEvery}, until closed. */
    public void start(Duration reconcileEvery) {
        reconciler.scheduleWithFixedDelay(this::reconcileQuietly, 0, reconcileEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void queued(List<Long> submissionIds) {
        try {
            submissionIds.forEach(id -> queue.queuedRound(id).ifPresent(this::enqueue));
        } catch (RuntimeException e) {
            // The submissions are stored and queued; the reconciler makes their jobs at its next run.
            LOG.log(Level.WARNING, "could not make grading jobs for " + submissionIds + " now", e);
        }
    }

    /** Makes the missing jobs and enqueues again the ended ones; returns how many it touched. */
    public int reconcile() {
        int touched = 0;
        for (GradingRound round : queue.unfinishedRounds()) {
            GradeSubmission request = new GradeSubmission(round.submissionId(), round.round());
            try {
                Job job = storage.getJobById(request.jobId());
                if (ENDED.contains(job.getState())) {
                    job.enqueue();
                    storage.save(job);
                    touched++;
                }
            } catch (JobNotFoundException missing) {
                enqueue(round);
                touched++;
            } catch (ConcurrentJobModificationException changed) {
                // A worker changed the job meanwhile: it is alive, nothing to mend.
            }
        }
        return touched;
    }

    private void reconcileQuietly() {
        try {
            int touched = reconcile();
            if (touched > 0) {
                LOG.info(() -> touched + " queued submissions had no grading job waiting; they have one now");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not reconcile the grading jobs with the queue", e);
        }
    }

    private void enqueue(GradingRound round) {
        GradeSubmission request = new GradeSubmission(round.submissionId(), round.round());
        scheduler.enqueue(request.jobId(), request);
    }

    @Override
    public void close() {
        reconciler.shutdownNow();
    }
}
