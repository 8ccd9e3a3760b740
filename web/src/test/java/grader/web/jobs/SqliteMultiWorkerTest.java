package grader.web.jobs;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/**
 * The distribution check on the embedded SQLite file: three worker processes beside the server on
 * its machine, sharing its file (JobRunr's tables and ours) and reading its stored files. A
 * course runs SQLite on one machine only; what this shows is that the one claim rule and the one
 * recovery path hold with several job servers writing one SQLite file at once.
 */
class SqliteMultiWorkerTest extends MultiWorkerContract {

    @Override
    String serverJdbcUrl() {
        return null;
    }

    @Override
    String workerDatabase(Path data) {
        return data.toString();
    }

    /** The stand-in grader logs the stored folder it graded, named by the submission's storage key. */
    @Override
    long gradedSubmission(String loggedFolder, Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM submissions WHERE storage_key = :key")
                .bind("key", loggedFolder).mapTo(Long.class).one());
    }
}
