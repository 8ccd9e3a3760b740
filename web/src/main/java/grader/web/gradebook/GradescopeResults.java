package grader.web.gradebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import grader.api.model.PointsFormat;
import grader.api.model.Report;
import java.time.Instant;
import java.util.Set;

/**
 * One student's best report as a Gradescope autograder {@code results.json} that holds only the
 * fields Gradescope's specification names, so an importer that checks them takes it as it is. The
 * stored report (the engine's contract JSON) carries the grader's own fields beside Gradescope's
 * (the exercise, speedup figures, stages, host, each test's id and outcome); here they move into
 * the specification's {@code extra_data}, at the top and in each test. The score is the
 * gradebook's: after the late penalty, or the score set by hand, whose comment opens the output;
 * to two decimals. Stateless and thread-safe.
 */
public final class GradescopeResults {

    /** The top-level fields of Gradescope's results.json specification. */
    private static final Set<String> TOP_LEVEL = Set.of("score", "execution_time", "output", "output_format",
            "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests",
            "leaderboard");
    /** The fields of one test in that specification. */
    private static final Set<String> TEST = Set.of("score", "max_score", "status", "name", "name_format", "number",
            "output", "output_format", "tags", "visibility", "extra_data");
    private static final ObjectMapper JSON = new ObjectMapper();

    private GradescopeResults() {
    }

    /** The results.json of {@code standing}'s best submission, whose report is {@code best}. */
    public static ObjectNode of(BestScore standing, Report best) {
        ObjectNode report = JSON.valueToTree(best);
        ObjectNode results = keepOnly(report, TOP_LEVEL);
        results.put("score", Points.round(standing.best()));
        String output = best.output();
        if (standing.lateDays() > 0) {
            output = "Submitted " + standing.lateDays() + (standing.lateDays() == 1 ? " day" : " days")
                    + " late: the score lost " + PointsFormat.format(Points.round(standing.penalty() * 100)) + "%.\n\n" + output;
        }
        ScoreOverride override = standing.override();
        if (override != null) {
            output = "Score set by hand to " + PointsFormat.format(override.score()) + " by " + override.setBy() + ": "
                    + override.comment() + "\n\n" + output;
        }
        if (standing.lateDays() > 0 || override != null) {
            results.put("output", output);
        }
        ObjectNode extra = extraData(results);
        if (override != null) {
            extra.putObject("override").put("score", override.score()).put("comment", override.comment())
                    .put("set_by", override.setBy()).put("set_at", Instant.ofEpochMilli(override.setAt()).toString());
        }
        extra.put("submission", standing.bestSubmissionId());
        extra.put("score_before_penalty", best.score());
        extra.put("late_days", standing.lateDays());
        extra.put("penalty_percent", Points.round(standing.penalty() * 100));
        ArrayNode tests = JSON.createArrayNode();
        for (JsonNode test : report.path("tests")) {
            ObjectNode kept = keepOnly((ObjectNode) test, TEST);
            kept.put("score", Points.round(test.path("score").asDouble()));
            tests.add(kept);
        }
        results.set("tests", tests);
        return results;
    }

    /**
     * The results.json of a roster student with nothing graded in the exercise: 0 points, with an
     * output that says why, so that the export holds every student as the gradebook CSV does
     * ({@code missing} there too, in {@code extra_data} here).
     */
    public static ObjectNode missing(String exerciseId, double maxScore) {
        ObjectNode results = JSON.createObjectNode();
        results.put("score", 0.0);
        results.put("output", "No graded submission of " + exerciseId + " when this was exported, so the score is 0.");
        results.putObject("extra_data").put("status", "missing").put("max_score", Points.round(maxScore));
        results.putArray("tests");
        return results;
    }

    /** A copy of {@code node} with only {@code allowed} fields, the others moved into its extra_data. */
    private static ObjectNode keepOnly(ObjectNode node, Set<String> allowed) {
        ObjectNode kept = JSON.createObjectNode();
        node.fields().forEachRemaining(field -> {
            if (allowed.contains(field.getKey())) {
                kept.set(field.getKey(), field.getValue());
            } else {
                extraData(kept).set(field.getKey(), field.getValue());
            }
        });
        return kept;
    }

    private static ObjectNode extraData(ObjectNode node) {
        return node.get("extra_data") instanceof ObjectNode extra ? extra : node.putObject("extra_data");
    }
}
