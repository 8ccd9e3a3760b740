package grader.web.queue;

import grader.web.submission.SubmissionFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's graders: {@code workers} threads that each claim a job from the
 * {@link GradingQueue}, grade it and record the outcome, and one housekeeping thread that renews
 * the leases of the jobs in hand and puts back jobs whose lease ran out elsewhere. Correctness runs
 * go in parallel up to the number of workers (the cores, by default); the grader itself keeps
 * speedup phases exclusive.
 *
 * <p>Owns its threads: {@link #start} starts them, {@link #stop} interrupts them and waits. A job
 * interrupted by a stop is left running in the database; {@link GradingQueue#recover} puts it back
 * when this worker starts again, so nothing is lost and nothing is recorded twice.
 */
public final class QueueWorkers {

    private static final Logger LOG = Logger.getLogger(QueueWorkers.class.getName());
    private static final Duration IDLE_POLL = Duration.ofMillis(200);

    private final GradingQueue queue;
    private final GradingAttempt attempt;
    private final SubmissionFiles files;
    private final String workerName;
    private final int workers;
    private final Duration lease;
    /** The jobs being graded now, whose leases the housekeeping thread renews. */
    private final Set<Job> inHand = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService housekeeping;
    private volatile boolean running;

    public QueueWorkers(GradingQueue queue, SubmissionGrader grader, SubmissionFiles files, String workerName,
                        int workers, Duration lease) {
        this.queue = queue;
        this.attempt = new GradingAttempt(queue, grader);
        this.files = files;
        this.workerName = workerName;
        this.workers = workers;
        this.lease = lease;
    }

    /** Puts back what this worker had in hand when it last stopped, then starts grading. */
    public synchronized void start() {
        int recovered = queue.recover(workerName);
        if (recovered > 0) {
            LOG.info(() -> recovered + " submissions that were being graded when the server stopped are queued again");
        }
        running = true;
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(this::work, "grader-worker-" + (i + 1));
            threads.add(thread);
            thread.start();
        }
        housekeeping = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "grader-leases"));
        long period = Math.max(1, lease.toMillis() / 3);
        housekeeping.scheduleAtFixedRate(this::keepLeases, period, period, TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
    }

    private void work() {
        while (running) {
            try {
                var job = queue.claim(workerName);
                if (job.isEmpty()) {
                    Thread.sleep(IDLE_POLL.toMillis());
                    continue;
                }
                grade(job.get());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database was unreachable for a moment: wait and go on rather than lose the worker.
                LOG.log(Level.WARNING, "grading worker error", e);
                try {
                    Thread.sleep(IDLE_POLL.toMillis() * 5);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void grade(Job job) {
        inHand.add(job);
        try {
            // A job interrupted by a stop stays running and is recovered at the next start.
            attempt.run(job, () -> SubmissionFiles.gradable(files.stored(job.storageKey())), () -> !running);
        } finally {
            inHand.remove(job);
        }
    }

    private void keepLeases() {
        try {
            inHand.forEach(queue::renew);
            queue.requeueExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not renew grading leases", e);
        }
    }

    public String workerName() {
        return workerName;
    }

    /** These workers as the admin view shows them: this machine, alive now. */
    public WorkerStatus status() {
        return new WorkerStatus(workerName, Runtime.getRuntime().availableProcessors(), workers,
                System.getProperty("java.version"), System.currentTimeMillis(), running);
    }
}
