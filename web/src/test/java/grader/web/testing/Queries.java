package grader.web.testing;

import grader.web.account.Account;
import grader.web.account.AccountStore;
import grader.web.account.PasswordHasher;
import grader.web.account.Role;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;

/** What tests and benchmarks read straight from the database to check the server's work, and the rows they put there. */
public final class Queries {

    private static final AtomicInteger STUDENTS = new AtomicInteger();

    private Queries() {
    }

    /** Creates a student account with a name of its own, for tests that insert submissions straight into the database. */
    public static Account student(Jdbi jdbi) {
        return new AccountStore(jdbi, new PasswordHasher(4)).create("student" + STUDENTS.incrementAndGet(), "S", Role.STUDENT, "password-123");
    }

    /** Inserts a queued submission of exercise4 for the account, with the given late penalty, as an upload would; returns its id. */
    public static long insertQueued(Jdbi jdbi, long accountId, double penalty) {
        long now = System.currentTimeMillis();
        return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO submissions (account_id, exercise_id, storage_key,"
                        + " upload_name, submitted_at, late_days, penalty, status, queued_at, infra_failures)"
                        + " VALUES (:account, 'exercise4', :key, 'a.zip', :now, 0, :penalty, 'queued', :now, 0)")
                .bind("account", accountId).bind("key", UUID.randomUUID().toString()).bind("now", now)
                .bind("penalty", penalty).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The single whole number that {@code sql} (a {@code SELECT COUNT(*) …}) returns. */
    public static int count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }
}
