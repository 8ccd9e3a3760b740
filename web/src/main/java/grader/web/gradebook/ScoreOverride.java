package grader.web.gradebook;

import grader.web.db.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A score set by hand for one submission: the score (it replaces the graded score after the late
 * penalty, in the gradebook and the exports), the comment the student reads, who set it and when.
 * Immutable.
 */
public record ScoreOverride(double score, String comment, String setBy, long setAt) {

    /**
     * The join every query that reads overrides selects: the columns override_score,
     * override_comment, override_by and override_at of submission {@code submission} (an SQL
     * expression), null when it has none.
     */
    public static String join(String submission) {
        return " LEFT JOIN score_overrides so ON so.submission_id = " + submission
                + " LEFT JOIN accounts sa ON sa.id = so.set_by";
    }

    /** The columns {@link #join} adds, for a query's select list. */
    public static final String COLUMNS = "so.score AS override_score, so.comment AS override_comment,"
            + " sa.username AS override_by, so.set_at AS override_at";

    /** The override in a row of a query that selected {@link #COLUMNS}; null without one. */
    public static ScoreOverride read(ResultSet rs) throws SQLException {
        Double score = Columns.nullableDouble(rs, "override_score");
        return score == null ? null : new ScoreOverride(score, rs.getString("override_comment"),
                rs.getString("override_by"), rs.getLong("override_at"));
    }
}
