package grader.web.queue;

import grader.web.db.Database;
import grader.web.testing.PostgresDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The record's guarantees on a real PostgreSQL; each test gets a new database. */
class PostgresGradingQueueTest extends GradingQueueContract {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @Override
    Database openDatabase() {
        return POSTGRES.fresh();
    }
}
