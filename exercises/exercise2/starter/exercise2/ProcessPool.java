package exercise2;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool of worker processes: each worker is a JVM of its own running {@link Worker}, fed tasks
 * on its standard input and answering on its standard output.
 *
 * <p>This starter compiles and has the exact API, but it starts no process at all: {@code map}
 * runs {@link Worker#compute} right here, in this JVM, one task after the other, so a crashing
 * task simply throws, and nothing is checked. See the exercise's README for what to do; the TODO
 * comments below point at the places to change. You may add private methods, nested classes or
 * other classes in package {@code exercise2}, but keep the public API below exactly as it is.
 */
public final class ProcessPool implements AutoCloseable {

    private final int workers;

    /**
     * Starts {@code workers} worker processes.
     *
     * @throws IllegalArgumentException if {@code workers < 1}
     */
    public ProcessPool(int workers) {
        // TODO: reject workers < 1 with IllegalArgumentException, before starting anything.
        // TODO: start `workers` child JVMs with ProcessBuilder, each running
        //           JAVA_HOME/bin/java -cp CLASS_PATH exercise2.Worker
        //       where JAVA_HOME is the system property "java.home" and CLASS_PATH is
        //       "java.class.path" (build the path as a String: java.io.File and java.nio.file
        //       stay forbidden). Keep, for each worker, its Process, a writer to its standard
        //       input and a reader of its standard output.
        this.workers = workers;
    }

    /** The worker processes alive now. */
    public int workerCount() {
        // TODO: count the workers whose process is alive (Process.isAlive()).
        return 0;
    }

    /**
     * Runs every input as a task on the workers and returns the results in input order.
     *
     * @throws WorkerCrashedException if a worker died on one of the inputs
     */
    public List<Long> map(List<Long> inputs) {
        // TODO: send the tasks to the worker processes, one decimal number per line, and read
        //       one result line per task back. Spread the tasks over all workers so that they
        //       work at the same time, through bounded queues; put every result in the place of
        //       its input.
        // TODO: a worker whose output ends (readLine() returns null) before it answered has died
        //       on the task it was running: start a new worker in its place, let the call's other
        //       tasks finish, then throw new WorkerCrashedException(thatTask, "...").
        List<Long> results = new ArrayList<>();
        for (long input : inputs) {
            results.add(Worker.compute(input));
        }
        return results;
    }

    /** Stops every worker and waits until no worker process remains. Calling it again does nothing. */
    @Override
    public void close() {
        // TODO: send each worker Worker.SENTINEL, wait for it to exit (destroy it if it has not
        //       exited within 5 s), and return only when every worker process is gone. A second
        //       call must do nothing.
    }
}
