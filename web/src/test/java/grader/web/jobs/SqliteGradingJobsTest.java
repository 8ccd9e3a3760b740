package grader.web.jobs;

import grader.web.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The job engine's side on the embedded SQLite database, JobRunr's tables beside ours in the one file. */
class SqliteGradingJobsTest extends GradingJobsContract {

    @Override
    Database openDatabase() {
        try {
            return Database.sqlite(Files.createTempDirectory("grader-jobs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
