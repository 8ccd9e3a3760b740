package exercise2;

/**
 * Thrown by {@link ProcessPool#map} when a worker process died while it ran a task of that call.
 * This file is given: the grader uses its own copy, whatever yours holds.
 */
public class WorkerCrashedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long input;

    /**
     * @param input the task the worker died on
     * @param message what happened, in words
     */
    public WorkerCrashedException(long input, String message) {
        super(message);
        this.input = input;
    }

    /** The task the worker died on. */
    public long input() {
        return input;
    }
}
