package grader.web.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import grader.api.GradingEngine;
import grader.api.model.ExerciseInfo;
import grader.api.model.Report;
import grader.web.account.Account;
import grader.web.account.AccountStore;
import grader.web.gradebook.BestScore;
import grader.web.gradebook.CourseGradebook;
import grader.web.gradebook.GradebookCsv;
import grader.web.gradebook.GradescopeResults;
import grader.web.submission.SubmissionStore;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Gradebook exports of one exercise, each with every student on the roster: the gradebook CSV
 * ({@link GradebookCsv}), and a zip of {@code USERNAME/results.json}, one Gradescope results file
 * per student ({@link GradescopeResults}), from their best graded submission, or 0 points for a
 * student with none. Both read the best submission's stored report back into the engine's
 * {@link Report}.
 * Stateless beyond its stores; thread-safe.
 */
public final class Exports {

    private final GradingEngine engine;
    private final AccountStore accounts;
    private final CourseGradebook gradebook;
    private final SubmissionStore submissions;

    public Exports(GradingEngine engine, AccountStore accounts, CourseGradebook gradebook, SubmissionStore submissions) {
        this.engine = engine;
        this.accounts = accounts;
        this.gradebook = gradebook;
        this.submissions = submissions;
    }

    public void csv(Context ctx) {
        ExerciseInfo exercise = engine.exercise(ctx.pathParam("exercise"));
        Map<Long, BestScore> standings = standings(exercise.id());
        GradebookCsv csv = new GradebookCsv();
        for (Account student : accounts.students()) {
            BestScore standing = standings.get(student.id());
            if (standing == null) {
                csv.addMissing(student.username(), student.displayName(), exercise.points());
            } else {
                csv.add(standing, bestReport(standing).summary());
            }
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + exercise.id() + "-gradebook.csv\"")
                .contentType("text/csv; charset=utf-8").result(csv.toCsv());
    }

    public void gradescope(Context ctx) {
        ExerciseInfo exercise = engine.exercise(ctx.pathParam("exercise"));
        String id = exercise.id();
        Map<Long, BestScore> standings = standings(id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Account student : accounts.students()) {
                BestScore standing = standings.get(student.id());
                ObjectNode results = standing == null ? GradescopeResults.missing(id, exercise.points())
                        : GradescopeResults.of(standing, bestReport(standing));
                zip.putNextEntry(new ZipEntry(student.username() + "/results.json"));
                zip.write(results.toPrettyString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a zip in memory", e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + "-gradescope.zip\"")
                .contentType("application/zip").result(bytes.toByteArray());
    }

    /** Each student's standing in the exercise, by account; a student with nothing graded has none. */
    private Map<Long, BestScore> standings(String exerciseId) {
        return gradebook.standings(exerciseId, null).stream().collect(Collectors.toMap(BestScore::accountId, Function.identity()));
    }

    /** The stored report of the standing's best submission; a standing exists only with a result, so it has one. */
    private Report bestReport(BestScore standing) {
        return Report.fromJson(submissions.reportJson(standing.bestSubmissionId()).orElseThrow());
    }
}
