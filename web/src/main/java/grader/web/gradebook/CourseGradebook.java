package grader.web.gradebook;

import grader.api.model.Report;
import grader.web.account.Role;
import grader.web.db.Columns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The gradebook as the database holds it: each student's best and latest score per exercise,
 * a score set by hand counting instead of the graded one. One grouped query per view, so the instructor's matrix stays quick with hundreds of
 * students. Thread-safe.
 */
public final class CourseGradebook {

    /**
     * Each result with the score that counts: the override where there is one, else the graded score
     * after the late penalty.
     */
    private static final String SCORED = "(SELECT res.submission_id, res.max_score, res.speedup,"
            + " COALESCE(o.score, res.score) AS score FROM results res"
            + " LEFT JOIN score_overrides o ON o.submission_id = res.submission_id)";

    /**
     * Per student and exercise with a graded submission: the best score that counts and the
     * submission it came from (the newest among equal bests), for its maximum, speedup, days late,
     * penalty and override; the latest such score; the number graded.
     */
    private static final String STANDINGS = "SELECT a.id AS account_id, a.username, a.display_name, g.exercise_id,"
            + " g.best, g.graded, g.best_id, br.max_score, br.speedup, bs.late_days, bs.penalty, " + ScoreOverride.COLUMNS + ","
            + " (SELECT r.score FROM submissions s JOIN " + SCORED + " r ON r.submission_id = s.id"
            + "   WHERE s.account_id = a.id AND s.exercise_id = g.exercise_id ORDER BY s.id DESC LIMIT 1) AS latest"
            + " FROM accounts a JOIN (SELECT t.account_id, t.exercise_id, t.best, t.graded,"
            + "   (SELECT s.id FROM submissions s JOIN " + SCORED + " r ON r.submission_id = s.id"
            + "     WHERE s.account_id = t.account_id AND s.exercise_id = t.exercise_id ORDER BY r.score DESC, s.id DESC LIMIT 1) AS best_id"
            + "   FROM (SELECT s.account_id, s.exercise_id, MAX(r.score) AS best, COUNT(*) AS graded"
            + "     FROM submissions s JOIN " + SCORED + " r ON r.submission_id = s.id GROUP BY s.account_id, s.exercise_id) t) g"
            + "   ON g.account_id = a.id"
            + " JOIN submissions bs ON bs.id = g.best_id JOIN results br ON br.submission_id = bs.id" + ScoreOverride.join("bs.id");

    private final Jdbi jdbi;

    public CourseGradebook(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Standings of every student who has a graded submission, optionally of one exercise or one student. */
    public List<BestScore> standings(String exerciseId, Long accountId) {
        String sql = STANDINGS + " WHERE a.role = :student"
                + (exerciseId != null ? " AND g.exercise_id = :exercise" : "")
                + (accountId != null ? " AND a.id = :account" : "") + " ORDER BY a.username, g.exercise_id";
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(sql).bind("student", Role.STUDENT.column());
            if (exerciseId != null) {
                query.bind("exercise", exerciseId);
            }
            if (accountId != null) {
                query.bind("account", accountId);
            }
            return query.map((rs, ctx) -> new BestScore(rs.getLong("account_id"), rs.getString("username"),
                    rs.getString("display_name"), rs.getString("exercise_id"), rs.getDouble("best"),
                    rs.getDouble("max_score"), rs.getLong("best_id"), Columns.nullableDouble(rs, "speedup"),
                    rs.getInt("late_days"), rs.getDouble("penalty"), rs.getDouble("latest"), rs.getInt("graded"),
                    ScoreOverride.read(rs))).list();
        });
    }

    /** The stored reports of the standings' best submissions, read back into the engine's {@code Report}: what {@link TestPassRates} counts. */
    public List<Report> bestReports(List<BestScore> standings) {
        if (standings.isEmpty()) {
            return List.of();
        }
        List<Long> ids = standings.stream().map(BestScore::bestSubmissionId).toList();
        return jdbi.withHandle(handle -> handle.createQuery("SELECT report_json FROM results WHERE submission_id IN (<ids>)")
                .bindList("ids", ids).mapTo(String.class).map(Report::fromJson).list());
    }

    /** Every student (with or without results) against the exercises, keyed by exercise id. */
    public List<MatrixRow> matrix(List<String> exerciseIds) {
        Map<Long, Map<String, BestScore>> byStudent = new LinkedHashMap<>();
        for (BestScore score : standings(null, null)) {
            byStudent.computeIfAbsent(score.accountId(), id -> new LinkedHashMap<>()).put(score.exerciseId(), score);
        }
        List<MatrixRow> rows = new ArrayList<>();
        jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, username, display_name FROM accounts WHERE role = :student ORDER BY username")
                .bind("student", Role.STUDENT.column())
                .map((rs, ctx) -> new MatrixRow(rs.getString("username"), rs.getString("display_name"),
                        cells(exerciseIds, byStudent.getOrDefault(rs.getLong("id"), Map.of()))))
                .list()).forEach(rows::add);
        return rows;
    }

    private static List<BestScore> cells(List<String> exerciseIds, Map<String, BestScore> scores) {
        return exerciseIds.stream().map(id -> scores.get(id)).toList();
    }

    /** A student's row of the matrix; a cell is null where nothing is graded yet. */
    public record MatrixRow(String username, String displayName, List<BestScore> cells) {
    }
}
