package exercise2;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * "A pool of workers" built from threads: a fixed thread pool runs Worker.compute in this JVM.
 * The results are right and the slow tasks overlap, but no worker is a process of its own, so
 * nothing is isolated: a task that crashes takes its thread's exception to the caller instead of
 * a dead process to replace.
 */
public final class ProcessPool implements AutoCloseable {

    private final int workers;
    private final ExecutorService threads;

    public ProcessPool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
        this.threads = Executors.newFixedThreadPool(workers);
    }

    public int workerCount() {
        return threads.isShutdown() ? 0 : workers;
    }

    public List<Long> map(List<Long> inputs) {
        List<Future<Long>> futures = new ArrayList<>();
        for (long input : inputs) {
            futures.add(threads.submit(() -> Worker.compute(input)));
        }
        List<Long> results = new ArrayList<>();
        for (Future<Long> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a task failed", e.getCause());
            }
        }
        return results;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
