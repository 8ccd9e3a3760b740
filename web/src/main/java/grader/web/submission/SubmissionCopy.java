package grader.web.submission;

import java.nio.file.Path;
import org.jdbi.v3.core.Handle;

/**
 * Where an accepted upload's files are kept besides the server's disk, written inside the
 * transaction that stores the submission, so the copy exists exactly when the row does. On the
 * embedded database only this server grades and its disk is enough ({@link #NONE}); on a shared
 * PostgreSQL grading machines elsewhere read the files from the database ({@link SubmissionBlobs}).
 */
public interface SubmissionCopy {

    /** No copy: the graders read the server's disk. */
    SubmissionCopy NONE = (handle, submissionId, folder) -> {
    };

    /** Keeps a copy of the files in {@code folder} (the staged upload) for submission {@code submissionId}. */
    void keep(Handle handle, long submissionId, Path folder);
}
