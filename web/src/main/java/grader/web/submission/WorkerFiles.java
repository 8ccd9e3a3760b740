package grader.web.submission;

import java.nio.file.Path;
import org.jdbi.v3.core.Handle;

/**
 * How grading workers get a stored submission's files. On the embedded database only this
 * server's own workers grade, and they read its disk ({@link SubmissionFiles}); on a shared
 * PostgreSQL grading machines elsewhere read a copy kept in the database ({@link SubmissionBlobs}).
 *
 * <p>Implementations must be thread-safe: request threads keep files, worker threads read them.
 */
public interface WorkerFiles {

    /**
     * Keeps what the workers will need of the staged upload in {@code folder} for submission
     * {@code submissionId}, inside the transaction that stores it, so the files exist for the
     * workers exactly when the row does.
     */
    void keep(Handle handle, long submissionId, Path folder);

    /**
     * What the engine grades of a stored submission: its zip or its folder of {@code .java} files,
     * read from {@code scratch} (an empty folder of the worker's own, removed after the grading)
     * or from where the files already are.
     */
    Path gradable(long submissionId, String storageKey, Path scratch);
}
