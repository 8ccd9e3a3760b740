package grader.web.jobs;

import grader.web.queue.GradingQueue;
import grader.web.queue.GradingQueue.GradingRound;
import grader.web.queue.JobEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
 * The server's side of grading: a {@link GradeSubmission} job for each grading round, and a
 * reconciler that closes the gaps the record of grading can show. A submission's row commits
 * before its job is made, so a server that dies in between leaves a queued round without a job; a
 * job that ran out of retries leaves one that no job will run again; an inconclusive verdict is
 * queued for a re-measure by the record itself, without a job. The reconciler, run at start and
 * every {@code reconcileEvery}, makes the job where there is none (due at the round's
 * {@link GradingRound#notBefore}) and enqueues again one that ended. Job ids are derived from
 * submission and round, so making a job twice makes one.
 *
 * <p>Thread-safe: JobRunr's scheduler and storage are, and nothing else changes. Owns the
 * reconciler's thread: {@link #start} starts it, {@link #close} stops it. Jobs made before
 * {@link #start} are fine: they wait for a worker like any other.
 */
public final class GradingJobs implements JobEngine, AutoCloseable {

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
    public void enqueue(GradingRound round) {
        try {
            make(round);
        } catch (ConcurrentJobModificationException made) {
            // The round's job exists already (a retried request, the reconciler): one job it is.
        } catch (RuntimeException e) {
            // The round is queued in the record; the reconciler makes its job at its next run.
            LOG.log(Level.WARNING, "could not make the grading job of submission " + round.submissionId() + " now", e);
        }
    }

    /** Makes the missing jobs and enqueues again the ended ones; returns how many it touched. */
    public int reconcile() {
        int touched = 0;
        for (GradingRound round : queue.unfinishedRounds()) {
            GradeSubmission request = GradeSubmission.of(round);
            try {
                Job job = storage.getJobById(request.jobId());
                if (ENDED.contains(job.getState())) {
                    job.enqueue();
                    storage.save(job);
                    touched++;
                }
            } catch (JobNotFoundException missing) {
                make(round);
                touched++;
            } catch (ConcurrentJobModificationException changed) {
                // A worker or a request made or changed the job meanwhile: it is alive, nothing to mend.
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

    /** Makes the round's job: to run now, or at its time if that is later (a re-measure). */
    private void make(GradingRound round) {
        GradeSubmission request = GradeSubmission.of(round);
        Instant due = Instant.ofEpochMilli(round.notBefore());
        if (due.isAfter(Instant.now())) {
            scheduler.schedule(request.jobId(), due, request);
        } else {
            scheduler.enqueue(request.jobId(), request);
        }
    }

    @Override
    public void close() {
        reconciler.shutdownNow();
    }
}
