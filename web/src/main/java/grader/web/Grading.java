package grader.web;

import grader.web.db.Database;
import grader.web.jobs.GradingJobs;
import grader.web.jobs.GradingMachines;
import grader.web.jobs.GradingWorkers;
import grader.web.jobs.JobServerDirectory;
import grader.web.jobs.JobStorage;
import grader.web.queue.GradingDispatch;
import grader.web.queue.GradingQueue;
import grader.web.queue.QueueWorkers;
import grader.web.queue.SubmissionGrader;
import grader.web.queue.WorkerDirectory;
import grader.web.submission.SubmissionBlobs;
import grader.web.submission.SubmissionCopy;
import grader.web.submission.SubmissionFiles;
import java.time.Duration;
import java.util.List;

/**
 * How this server's queued submissions reach a grader, decided by its database. On the embedded
 * SQLite file ({@link Local}) this server's own workers poll the queue and read the files from its
 * disk, as a small course needs. On a shared PostgreSQL ({@link Shared}) each submission becomes a
 * job of the job engine, its files are kept in the database, and grading machines anywhere
 * ({@code ./grader worker}) take the jobs; the server grades too only if given workers.
 *
 * <p>{@link #start} starts the threads it owns, {@link #close} stops them.
 */
sealed interface Grading extends AutoCloseable {

    /** How often the server makes the jobs that a crash kept it from making. */
    Duration RECONCILE_EVERY = Duration.ofMinutes(1);

    GradingDispatch dispatch();

    SubmissionCopy copy();

    WorkerDirectory directory();

    void start();

    @Override
    void close();

    static Grading local(GradingQueue queue, SubmissionGrader grader, SubmissionFiles files, ServerSettings settings) {
        return new Local(new QueueWorkers(queue, grader, files, settings.workerName(), settings.workers(), settings.lease()),
                settings.workers() > 0);
    }

    static Grading shared(Database database, GradingQueue queue, SubmissionGrader grader, ServerSettings settings) {
        JobStorage storage = JobStorage.open(database);
        return new Shared(storage, new GradingJobs(queue, storage), queue, new SubmissionBlobs(database.jdbi()),
                new GradingMachines(database.jdbi()), grader, settings);
    }

    /** This server's workers on the embedded database (none if {@code grades} is false: pages only). */
    final class Local implements Grading {

        private final QueueWorkers workers;
        private final boolean grades;

        Local(QueueWorkers workers, boolean grades) {
            this.workers = workers;
            this.grades = grades;
        }

        @Override
        public GradingDispatch dispatch() {
            return GradingDispatch.POLLED;
        }

        @Override
        public SubmissionCopy copy() {
            return SubmissionCopy.NONE;
        }

        @Override
        public WorkerDirectory directory() {
            return () -> grades ? List.of(workers.status()) : List.of();
        }

        @Override
        public void start() {
            if (grades) {
                workers.start();
            }
        }

        @Override
        public void close() {
            workers.stop();
        }
    }

    /** Jobs for grading machines on a shared PostgreSQL, and this server's own workers among them if it has any. */
    final class Shared implements Grading {

        private final JobStorage storage;
        private final GradingJobs jobs;
        private final GradingQueue queue;
        private final SubmissionBlobs blobs;
        private final GradingMachines machines;
        private final SubmissionGrader grader;
        private final ServerSettings settings;
        /** This server's own workers, if it has any; guarded by this. */
        private GradingWorkers workers;

        Shared(JobStorage storage, GradingJobs jobs, GradingQueue queue, SubmissionBlobs blobs, GradingMachines machines,
               SubmissionGrader grader, ServerSettings settings) {
            this.storage = storage;
            this.jobs = jobs;
            this.queue = queue;
            this.blobs = blobs;
            this.machines = machines;
            this.grader = grader;
            this.settings = settings;
        }

        @Override
        public GradingDispatch dispatch() {
            return jobs;
        }

        @Override
        public SubmissionCopy copy() {
            return blobs;
        }

        @Override
        public WorkerDirectory directory() {
            return new JobServerDirectory(storage, machines);
        }

        @Override
        public synchronized void start() {
            jobs.start(RECONCILE_EVERY);
            if (settings.workers() > 0) {
                workers = GradingWorkers.start(storage, queue, blobs, machines, grader,
                        new GradingWorkers.Settings(settings.workerName(), settings.workers(), settings.jobPollInterval()));
            }
        }

        @Override
        public synchronized void close() {
            if (workers != null) {
                workers.close();
            }
            jobs.close();
        }
    }
}
