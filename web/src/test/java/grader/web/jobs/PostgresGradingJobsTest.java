package grader.web.jobs;

import grader.web.db.Database;
import grader.web.testing.PostgresDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The job engine's side on a real PostgreSQL; each test gets a new database. */
class PostgresGradingJobsTest extends GradingJobsContract {

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
