package grader.web.pages;

import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import grader.exercise.GradingScope;
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
 * Gradebook exports of one exercise: the gradebook CSV of every student on the roster
 * ({@link GradebookCsv}), and a zip of {@code USERNAME/results.json}, one Gradescope results file
 * per student with a graded submission, from their best one ({@link GradescopeResults}).
 * Stateless beyond its stores; thread-safe.
 */
public final class Exports {

    private final ExerciseCatalog exercises;
    private final AccountStore accounts;
    private final CourseGradebook gradebook;
    private final SubmissionStore submissions;

    public Exports(ExerciseCatalog exercises, AccountStore accounts, CourseGradebook gradebook, SubmissionStore submissions) {
        this.exercises = exercises;
        this.accounts = accounts;
        this.gradebook = gradebook;
        this.submissions = submissions;
    }

    public void csv(Context ctx) {
        Exercise exercise = exercises.find(ctx.pathParam("exercise"));
        Map<Long, BestScore> standings = gradebook.standings(exercise.id(), null).stream()
                .collect(Collectors.toMap(BestScore::accountId, Function.identity()));
        double maxScore = exercise.descriptor().maxScore(GradingScope.ALL);
        GradebookCsv csv = new GradebookCsv();
        for (Account student : accounts.students()) {
            BestScore standing = standings.get(student.id());
            if (standing == null) {
                csv.addMissing(student.username(), student.displayName(), maxScore);
            } else {
                csv.add(standing);
            }
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + exercise.id() + "-gradebook.csv\"")
                .contentType("text/csv; charset=utf-8").result(csv.toCsv());
    }

    public void gradescope(Context ctx) {
        String id = exercises.find(ctx.pathParam("exercise")).id();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (BestScore standing : gradebook.standings(id, null)) {
                String report = submissions.reportJson(standing.bestSubmissionId()).orElseThrow();
                zip.putNextEntry(new ZipEntry(standing.username() + "/results.json"));
                zip.write(GradescopeResults.of(standing, report).toPrettyString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a zip in memory", e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + "-gradescope.zip\"")
                .contentType("application/zip").result(bytes.toByteArray());
    }
}
