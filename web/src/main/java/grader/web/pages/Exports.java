package grader.web.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import grader.exercise.ExerciseCatalog;
import grader.report.Gradebook;
import grader.web.gradebook.BestScore;
import grader.web.gradebook.CourseGradebook;
import grader.web.submission.SubmissionStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Gradebook exports of one exercise: the contract's gradebook CSV (student, score, max_score,
 * speedup, status; each student's best score after penalties), written by the engine's own
 * {@link Gradebook}, and the Gradescope-format JSON of each student's best submission.
 */
public final class Exports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExerciseCatalog exercises;
    private final CourseGradebook gradebook;
    private final SubmissionStore submissions;

    public Exports(ExerciseCatalog exercises, CourseGradebook gradebook, SubmissionStore submissions) {
        this.exercises = exercises;
        this.gradebook = gradebook;
        this.submissions = submissions;
    }

    public void csv(Context ctx) {
        String id = exercises.find(ctx.pathParam("exercise")).id();
        Gradebook csv = new Gradebook();
        for (BestScore standing : gradebook.standings(id, null)) {
            csv.add(standing.username(), standing.best(), standing.maxScore(),
                    standing.speedup() == null ? "" : String.format(Locale.ROOT, "%.2f", standing.speedup()),
                    standing.share() != null && standing.share() >= 1 ? "passed" : "failed");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + "-gradebook.csv\"")
                .contentType("text/csv; charset=utf-8").result(csv.toCsv());
    }

    /** {"exercise": ID, "submissions": [{"student": NAME, "submission": ID, "results": {…results.json…}}, …]}. */
    public void gradescope(Context ctx) {
        String id = exercises.find(ctx.pathParam("exercise")).id();
        ObjectNode root = JSON.createObjectNode();
        root.put("exercise", id);
        ArrayNode list = root.putArray("submissions");
        for (BestScore standing : gradebook.standings(id, null)) {
            submissions.bestSubmission(standing.accountId(), id).ifPresent(best -> {
                ObjectNode entry = list.addObject();
                entry.put("student", standing.username());
                entry.put("submission", best);
                try {
                    ObjectNode results = (ObjectNode) JSON.readTree(submissions.reportJson(best).orElseThrow());
                    // The gradebook's score is after the late penalty; Gradescope should import that one.
                    results.put("score", standing.best());
                    entry.set("results", results);
                } catch (IOException e) {
                    throw new UncheckedIOException("a stored report is not JSON", e);
                }
            });
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + "-gradescope.json\"")
                .contentType("application/json").result(root.toString());
    }
}
