package exercise2;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Deals the inputs out to the workers, one thread per worker per call, but never considers that
 * a worker may die: the end of its output (readLine returning null) goes straight into
 * Long.parseLong, the thread dies with a NumberFormatException, and map returns 0 for the tasks
 * that thread did not finish. The dead worker stays in the pool.
 */
public final class ProcessPool implements AutoCloseable {

    private final Process[] processes;
    private final BufferedWriter[] toWorker;
    private final BufferedReader[] fromWorker;
    private boolean closed;

    public ProcessPool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        processes = new Process[workers];
        toWorker = new BufferedWriter[workers];
        fromWorker = new BufferedReader[workers];
        for (int w = 0; w < workers; w++) {
            start(w);
        }
    }

    public synchronized int workerCount() {
        int alive = 0;
        for (Process process : processes) {
            if (process.isAlive()) {
                alive++;
            }
        }
        return alive;
    }

    public synchronized List<Long> map(List<Long> inputs) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        int n = inputs.size();
        int workers = processes.length;
        long[] results = new long[n];
        int[] crashedAt = new int[workers];
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int worker = w;
            crashedAt[w] = -1;
            threads[w] = new Thread(() -> {
                for (int i = worker; i < n; i += workers) {
                    results[i] = ask(worker, inputs.get(i));
                }
            }, "map on worker " + w);
            threads[w].start();
        }
        int firstCrash = Integer.MAX_VALUE;
        boolean interrupted = false;
        for (int w = 0; w < workers; w++) {
            while (threads[w].isAlive()) {
                try {
                    threads[w].join();
                } catch (InterruptedException e) {
                    interrupted = true;   // keep waiting: the threads own the pipes
                }
            }
            if (crashedAt[w] >= 0) {
                firstCrash = Math.min(firstCrash, crashedAt[w]);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (firstCrash != Integer.MAX_VALUE) {
            throw new WorkerCrashedException(inputs.get(firstCrash),
                    "a worker died on task " + inputs.get(firstCrash) + " (input " + firstCrash + ")");
        }
        List<Long> list = new ArrayList<>(n);
        for (long r : results) {
            list.add(r);
        }
        return list;
    }

    /** The worker's answer to one task. */
    private long ask(int worker, long task) {
        try {
            toWorker[worker].write(task + "\n");
            toWorker[worker].flush();
            return Long.parseLong(fromWorker[worker].readLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (BufferedWriter in : toWorker) {
            try {
                in.write(Worker.SENTINEL + "\n");
                in.close();
            } catch (IOException alreadyDead) {
                // nothing to stop
            }
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            waitFor(process);
        }
    }

    private void start(int w) {
        String sep = System.getProperty("file.separator");
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + sep + "bin" + sep + "java",
                "-cp", System.getProperty("java.class.path"), "exercise2.Worker");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            processes[w] = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        toWorker[w] = new BufferedWriter(new OutputStreamWriter(processes[w].getOutputStream()));
        fromWorker[w] = new BufferedReader(new InputStreamReader(processes[w].getInputStream()));
    }

    private static void waitFor(Process process) {
        boolean interrupted = false;
        while (process.isAlive()) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
