package grader.web.queue;

import grader.web.testing.PostgresDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The durability check on a real PostgreSQL, the server grading with its own workers from the files kept in it. */
class PostgresKillAndRestartTest extends KillAndRestartContract {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @Override
    String freshJdbcUrl() {
        return POSTGRES.freshUrl();
    }
}
