package grader.web.queue;

import grader.web.db.Database;
import grader.web.testing.PostgresDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The record's guarantees on a real PostgreSQL; each test gets a new database. */
class PostgresGradingQueueTest extends GradingQueueContract {

    private static PostgresDatabases postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresDatabases.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Override
    Database openDatabase() {
        return postgres.fresh();
    }
}
