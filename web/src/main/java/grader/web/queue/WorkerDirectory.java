package grader.web.queue;

import java.util.List;

/**
 * The grading machines that serve this course now: this server's own workers on the embedded
 * database, the job engine's servers on a shared PostgreSQL. Implementations are thread-safe.
 */
@FunctionalInterface
public interface WorkerDirectory {

    List<WorkerStatus> workers();
}
