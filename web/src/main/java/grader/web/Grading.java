package grader.web;

import grader.web.db.Database;
import grader.web.jobs.GradingJobs;
import grader.web.jobs.GradingMachines;
import grader.web.jobs.GradingWorkers;
import grader.web.jobs.JobServerDirectory;
import grader.web.jobs.JobStorage;
import grader.web.queue.GradingDispatch;
import grader.web.queue.GradingQueue;
import grader.web.queue.SubmissionGrader;
import grader.web.queue.WorkerDirectory;
import grader.web.submission.SubmissionBlobs;
import grader.web.submission.SubmissionFiles;
import grader.web.submission.WorkerFiles;
import java.time.Duration;

/**
 * How this server's queued submissions reach a grader: the one path, on either database. Every
 * grading round is a job of the job engine (JobRunr, its tables in the same database), which hands
 * it to a worker and runs it again if that worker died; the server's reconciler makes the jobs a
 * crash kept it from making. The workers are this server's own ({@code settings.workers()} of
 * them; none: pages only) and, on a shared PostgreSQL, grading machines anywhere
 * ({@code ./grader worker}). The one difference between the databases is where workers read the
 * files: this server's disk on the embedded SQLite file, a copy in the database on PostgreSQL.
 *
 * <p>{@link #start} starts the threads it owns, {@link #close} stops them; both are synchronized
 * on this, which guards {@code workers}.
 */
final class Grading implements AutoCloseable {

    /** How often the server makes the jobs that a crash kept it from making, and those of re-measures that are due. */
    static final Duration RECONCILE_EVERY = Duration.ofMinutes(1);

    private final JobStorage storage;
    private final GradingQueue queue;
    private final GradingJobs jobs;
    private final GradingDispatch dispatch;
    private final WorkerFiles files;
    private final GradingMachines machines;
    private final SubmissionGrader grader;
    private final ServerSettings settings;
    /** This server's own workers while it runs any; guarded by this. */
    private GradingWorkers workers;

    /** Opens the job engine's storage in {@code database}; {@code disk} is where uploads are stored. */
    Grading(Database database, GradingQueue queue, SubmissionFiles disk, SubmissionGrader grader, ServerSettings settings) {
        this.storage = JobStorage.open(database);
        this.queue = queue;
        this.jobs = new GradingJobs(queue, storage);
        this.dispatch = new GradingDispatch(queue, jobs);
        this.files = database.shared() ? new SubmissionBlobs(database.jdbi()) : disk;
        this.machines = new GradingMachines(database.jdbi());
        this.grader = grader;
        this.settings = settings;
    }

    /** The one way submissions are queued for grading. */
    GradingDispatch dispatch() {
        return dispatch;
    }

    /** Where uploads keep the files the workers read. */
    WorkerFiles files() {
        return files;
    }

    WorkerDirectory directory() {
        return new JobServerDirectory(storage, machines);
    }

    synchronized void start() {
        jobs.start(RECONCILE_EVERY);
        if (settings.workers() > 0) {
            workers = GradingWorkers.start(storage, queue, files, machines, grader,
                    new GradingWorkers.Settings(settings.workerName(), settings.workers(), settings.jobPollInterval()));
        }
    }

    @Override
    public synchronized void close() {
        if (workers != null) {
            workers.close();
            workers = null;
        }
        jobs.close();
    }
}
