package grader.web.queue;

/** The durability check on the embedded SQLite database, the server's own file in its data folder. */
class SqliteKillAndRestartTest extends KillAndRestartContract {

    @Override
    String freshJdbcUrl() {
        return null;
    }
}
