package exercise2;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Task queue and result queue, one thread per worker for each call, but the caller collects the
 * results in the order they arrive on the result queue, which is the order the workers finish
 * them, not the order of the inputs.
 */
public final class ProcessPool implements AutoCloseable {

    private static final long STOP = Long.MIN_VALUE;

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
        BlockingQueue<Long> tasks = new ArrayBlockingQueue<>(2 * processes.length);
        BlockingQueue<Object> results = new LinkedBlockingQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < processes.length; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                try {
                    for (long task = tasks.take(); task != STOP; task = tasks.take()) {
                        String line = null;
                        try {
                            toWorker[worker].write(task + "\n");
                            toWorker[worker].flush();
                            line = fromWorker[worker].readLine();
                        } catch (IOException e) {
                            // dead
                        }
                        if (line == null) {
                            waitFor(processes[worker]);
                            start(worker);
                            results.put(new WorkerCrashedException(task, "worker died on " + task));
                        } else {
                            results.put(Long.parseLong(line));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "worker thread " + w);
            thread.start();
            threads.add(thread);
        }
        List<Long> collected = new ArrayList<>();
        WorkerCrashedException crash = null;
        try {
            for (long input : inputs) {
                tasks.put(input);
            }
            for (int i = 0; i < processes.length; i++) {
                tasks.put(STOP);
            }
            for (int i = 0; i < inputs.size(); i++) {
                Object result = results.take();
                if (result instanceof WorkerCrashedException) {
                    crash = (WorkerCrashedException) result;
                } else {
                    collected.add((Long) result);
                }
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (crash != null) {
            throw crash;
        }
        return collected;
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
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private void start(int w) {
        String sep = System.getProperty("file.separator");
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + sep + "bin" + sep + "java",
                "-cp", System.getProperty("java.class.path"), "exercise2.Worker");
        try {
            processes[w] = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        toWorker[w] = new BufferedWriter(new OutputStreamWriter(processes[w].getOutputStream()));
        fromWorker[w] = new BufferedReader(new InputStreamReader(processes[w].getInputStream()));
    }

    private static void waitFor(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
