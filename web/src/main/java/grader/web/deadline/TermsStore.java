package grader.web.deadline;

import grader.web.db.Columns;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Exercise terms and per-student extensions (granted, listed, revoked) in the database. Thread-safe. */
public final class TermsStore {

    private final Jdbi jdbi;

    public TermsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public ExerciseTerms terms(String exerciseId) {
        return jdbi.withHandle(handle -> terms(handle, exerciseId));
    }

    public ExerciseTerms terms(Handle handle, String exerciseId) {
        return handle.createQuery("SELECT * FROM exercise_terms WHERE exercise_id = :id").bind("id", exerciseId)
                .map((rs, ctx) -> new ExerciseTerms(exerciseId, Columns.nullableLong(rs, "release_at"),
                        Columns.nullableLong(rs, "due_at"), LatePolicy.ofColumn(rs.getString("late_policy")),
                        rs.getDouble("penalty_per_day"), Columns.nullableLong(rs, "hard_deadline_at"),
                        Columns.nullableInt(rs, "max_graded"), rs.getBoolean("hidden_published")))
                .findOne().orElseGet(() -> ExerciseTerms.open(exerciseId));
    }

    public void save(ExerciseTerms terms) {
        terms.check();
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM exercise_terms WHERE exercise_id = :id").bind("id", terms.exerciseId()).execute();
            handle.createUpdate("INSERT INTO exercise_terms (exercise_id, release_at, due_at, late_policy, penalty_per_day,"
                            + " hard_deadline_at, max_graded, hidden_published) VALUES (:id, :release, :due, :policy, :penalty,"
                            + " :hard, :max, :published)")
                    .bind("id", terms.exerciseId()).bind("release", terms.releaseAt()).bind("due", terms.dueAt())
                    .bind("policy", terms.latePolicy().column()).bind("penalty", terms.penaltyPerDay())
                    .bind("hard", terms.hardDeadlineAt()).bind("max", terms.maxGraded())
                    .bind("published", terms.hiddenPublished()).execute();
        });
    }

    public Optional<Long> extension(Handle handle, long accountId, String exerciseId) {
        return handle.createQuery("SELECT due_at FROM extensions WHERE account_id = :account AND exercise_id = :exercise")
                .bind("account", accountId).bind("exercise", exerciseId).mapTo(Long.class).findOne();
    }

    public Optional<Long> extension(long accountId, String exerciseId) {
        return jdbi.withHandle(handle -> extension(handle, accountId, exerciseId));
    }

    public void grantExtension(long accountId, String exerciseId, long dueAt) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM extensions WHERE account_id = :account AND exercise_id = :exercise")
                    .bind("account", accountId).bind("exercise", exerciseId).execute();
            handle.createUpdate("INSERT INTO extensions (account_id, exercise_id, due_at) VALUES (:account, :exercise, :due)")
                    .bind("account", accountId).bind("exercise", exerciseId).bind("due", dueAt).execute();
        });
    }

    /** The exercise's extensions, by username. */
    public List<Extension> extensions(String exerciseId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT a.username, a.display_name, e.due_at FROM extensions e"
                        + " JOIN accounts a ON a.id = e.account_id WHERE e.exercise_id = :exercise ORDER BY a.username")
                .bind("exercise", exerciseId)
                .map((rs, ctx) -> new Extension(rs.getString("username"), rs.getString("display_name"), rs.getLong("due_at")))
                .list());
    }

    /** Takes an extension back: the exercise's own due date applies again. Whether there was one. */
    public boolean revokeExtension(long accountId, String exerciseId) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM extensions WHERE account_id = :account AND exercise_id = :exercise")
                .bind("account", accountId).bind("exercise", exerciseId).execute()) > 0;
    }
}
