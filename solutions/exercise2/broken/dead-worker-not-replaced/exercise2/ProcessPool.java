package exercise2;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reference's task and outcome queues and link threads, but a link whose worker dies reports
 * the crash and ends: the dead worker is not replaced, so the pool shrinks by one worker per crash
 * (and once every worker has died, map waits for ever).
 */
public final class ProcessPool implements AutoCloseable {

    /** How long {@link #close} lets a worker take to exit after the sentinel. */
    static final long EXIT_GRACE_SECONDS = 5;

    /** Tasks waiting in the task queue per worker: enough that no link ever waits for the next. */
    private static final int QUEUED_TASKS_PER_WORKER = 2;

    /** A task: its place in the call's inputs and its input. {@link #STOP} tells a link to end. */
    private record Task(int index, long input) {
    }

    private static final Task STOP = new Task(-1, 0);

    /** What became of one task: its result, or the crash of the worker that ran it. */
    private record Outcome(int index, long result, WorkerCrashedException crash) {
    }

    private final BlockingQueue<Task> tasks;
    /**
     * Unbounded, but never holds more than the current call's outcomes: {@code map} takes as many
     * as it dispatched before it returns, and the links only put outcomes of tasks they took.
     */
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final List<WorkerLink> links = new ArrayList<>();
    /** Guarded by this pool's monitor. */
    private boolean closed;

    /**
     * Starts {@code workers} worker processes, each a JVM running {@link Worker} with this JVM's
     * {@code java} and class path, and one link thread for each.
     *
     * @throws IllegalArgumentException if {@code workers < 1}
     * @throws UncheckedIOException if a worker process cannot be started (those already started
     *         are stopped again)
     */
    public ProcessPool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 worker, was " + workers);
        }
        tasks = new ArrayBlockingQueue<>(QUEUED_TASKS_PER_WORKER * workers);
        try {
            for (int i = 1; i <= workers; i++) {
                links.add(new WorkerLink(i));
            }
        } catch (UncheckedIOException e) {
            links.forEach(WorkerLink::killWorker);
            throw e;
        }
        links.forEach(Thread::start);
    }

    /** The worker processes alive now: the configured number, until {@link #close}. */
    public int workerCount() {
        return (int) links.stream().filter(WorkerLink::workerAlive).count();
    }

    /**
     * Runs every input as a task on the workers and returns the results in input order:
     * {@code results.get(i) == Worker.compute(inputs.get(i))}.
     *
     * @throws WorkerCrashedException if a worker died on one of the inputs (the first such input,
     *         in input order); the dead workers have been replaced, and the pool stays usable
     * @throws NullPointerException if {@code inputs} or one of its elements is null
     * @throws IllegalStateException if the pool is closed, or the calling thread is interrupted
     *         (which closes the pool: the tasks in flight could not be accounted for)
     */
    public synchronized List<Long> map(List<Long> inputs) {
        if (closed) {
            throw new IllegalStateException("the pool is closed");
        }
        long[] values = inputs.stream().mapToLong(input -> Objects.requireNonNull(input, "an input is null")).toArray();
        long[] results = new long[values.length];
        WorkerCrashedException firstCrash = null;
        int firstCrashIndex = Integer.MAX_VALUE;
        try {
            for (int i = 0; i < values.length; i++) {
                tasks.put(new Task(i, values[i]));
            }
            for (int received = 0; received < values.length; received++) {
                Outcome outcome = outcomes.take();
                if (outcome.crash() == null) {
                    results[outcome.index()] = outcome.result();
                } else if (outcome.index() < firstCrashIndex) {
                    firstCrash = outcome.crash();
                    firstCrashIndex = outcome.index();
                }
            }
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tasks were running; the pool has been closed", e);
        }
        if (firstCrash != null) {
            throw firstCrash;
        }
        return Arrays.stream(results).boxed().toList();
    }

    /**
     * Stops every worker: sends it the sentinel, waits for it to exit (destroying it if it has not
     * within {@value #EXIT_GRACE_SECONDS} s), and returns when no worker process remains. Calling
     * it again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean interrupted = false;
        for (int i = 0; i < links.size(); i++) {
            while (true) {
                try {
                    tasks.put(STOP);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        for (WorkerLink link : links) {
            while (link.isAlive()) {
                try {
                    link.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command that starts one worker JVM. */
    private static List<String> workerCommand() {
        String separator = System.getProperty("file.separator");
        String java = System.getProperty("java.home") + separator + "bin" + separator + "java";
        // A worker needs little: a small heap and the quick compiler start it sooner.
        return List.of(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Worker.class.getName());
    }

    /**
     * One worker slot: the worker process running in it and the thread that talks to it. Only
     * this thread writes to and reads from the process, and only it replaces the process; other
     * threads only read {@link #process} to count the workers alive.
     */
    private final class WorkerLink extends Thread {
        private final int slot;
        private volatile Process process;
        private BufferedWriter toWorker;
        private BufferedReader fromWorker;

        WorkerLink(int slot) {
            this.slot = slot;
            setDaemon(true);
            startWorker();
        }

        boolean workerAlive() {
            return process.isAlive();
        }

        @Override
        public void run() {
            try {
                for (Task task = tasks.take(); task != STOP; task = tasks.take()) {
                    Outcome outcome = runOnWorker(task);
                    outcomes.put(outcome);
                    if (outcome.crash() != null) {
                        return;   // this worker is dead: nothing more to do
                    }
                }
                stopWorker();
            } catch (InterruptedException e) {
                killWorker();   // nobody interrupts a link; if someone does, leave no process behind
            }
        }

        /** Sends one task, reads its answer; on a crash, replaces the worker before reporting. */
        private Outcome runOnWorker(Task task) {
            try {
                toWorker.write(Long.toString(task.input()));
                toWorker.newLine();
                toWorker.flush();
                String answer = fromWorker.readLine();
                if (answer != null) {
                    return new Outcome(task.index(), Long.parseLong(answer.strip()), null);
                }
            } catch (IOException pipeBroken) {
                // The worker is gone: the same as reaching the end of its output.
            }
            long pid = process.pid();
            int status = waitUntilGone(process);
            String replaced = "the pool goes on with the others";
            return new Outcome(task.index(), 0, new WorkerCrashedException(task.input(),
                    "worker " + slot + " (process " + pid + ") died with exit status " + status
                            + " while it ran task " + task.input() + "; " + replaced));
        }

        /** Starts a fresh worker process in this slot, with its pipes. */
        private void startWorker() {
            try {
                Process started = new ProcessBuilder(workerCommand())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)   // a worker's error messages join ours
                        .start();
                toWorker = new BufferedWriter(new OutputStreamWriter(started.getOutputStream(), StandardCharsets.US_ASCII));
                fromWorker = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.US_ASCII));
                process = started;
                setName("link to worker " + slot + " (process " + started.pid() + ")");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start worker " + slot, e);
            }
        }

        /** Sends the sentinel and waits for the worker to exit, destroying it after the grace time. */
        private void stopWorker() {
            try {
                toWorker.write(Worker.SENTINEL);
                toWorker.newLine();
                toWorker.close();
            } catch (IOException alreadyGone) {
                // It has exited already; waiting below returns at once.
            }
            try {
                if (!process.waitFor(EXIT_GRACE_SECONDS, TimeUnit.SECONDS)) {
                    killWorker();
                }
            } catch (InterruptedException e) {
                killWorker();
            }
        }

        /** Kills the worker and waits until it is gone. */
        void killWorker() {
            process.destroyForcibly();
            waitUntilGone(process);
        }
    }

    /** Waits, uninterruptibly, until {@code process} has exited and returns its exit status. */
    private static int waitUntilGone(Process process) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return process.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
