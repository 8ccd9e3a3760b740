package grader.web.testing;

import org.jdbi.v3.core.Jdbi;

/** What tests and benchmarks read straight from the database to check the server's work. */
public final class Queries {

    private Queries() {
    }

    /** The single whole number that {@code sql} (a {@code SELECT COUNT(*) …}) returns. */
    public static int count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }
}
