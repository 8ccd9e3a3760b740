package grader.web.queue;

import java.util.List;

/**
 * The grading machines that serve this course now, as the admin view lists them: the job engine's
 * servers ({@code jobs.JobServerDirectory}), kept behind this so the pages need not know the
 * engine. Implementations are thread-safe.
 */
@FunctionalInterface
public interface WorkerDirectory {

    List<WorkerStatus> workers();
}
