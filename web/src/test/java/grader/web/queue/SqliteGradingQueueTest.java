package grader.web.queue;

import grader.web.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The queue's guarantees on the embedded SQLite database. */
class SqliteGradingQueueTest extends GradingQueueContract {

    @Override
    Database openDatabase() {
        try {
            return Database.sqlite(Files.createTempDirectory("grader-queue"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
