package grader.web.queue;

import grader.web.testing.PostgresDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The durability check on a real PostgreSQL, the server grading with its own workers from the files kept in it. */
class PostgresKillAndRestartTest extends KillAndRestartContract {

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
    String freshJdbcUrl() {
        return postgres.freshUrl();
    }
}
