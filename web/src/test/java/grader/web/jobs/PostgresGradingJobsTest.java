package grader.web.jobs;

import grader.web.db.Database;
import grader.web.testing.PostgresDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The job engine's side on a real PostgreSQL; each test gets a new database. */
class PostgresGradingJobsTest extends GradingJobsContract {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @Override
    Database openDatabase() {
        return POSTGRES.fresh();
    }
}
