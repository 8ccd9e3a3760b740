package grader.web.pages;

import grader.InvalidInputException;
import grader.api.GradingEngine;
import grader.api.model.ExerciseInfo;
import grader.web.account.Account;
import grader.web.deadline.Admission;
import grader.web.deadline.ExerciseTerms;
import grader.web.deadline.TermsStore;
import grader.web.gradebook.BestScore;
import grader.web.gradebook.CourseGradebook;
import grader.web.session.AccessGate;
import grader.web.statement.ExerciseStatements;
import grader.web.submission.SubmissionFilter;
import grader.web.submission.SubmissionReceiver;
import grader.web.submission.SubmissionStore;
import grader.web.submission.Upload;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's pages: their exercises with best and latest scores, and one exercise's statement, points, submit form
 * and history.
 * Thread-safe: the server's request threads share it, and it keeps no state beyond its stores.
 */
public final class StudentPages {

    /** One exercise on the student's overview. */
    public record ExerciseLine(String id, String title, String terms, BestScore standing) {
    }

    private final GradingEngine engine;
    private final TermsStore terms;
    private final CourseGradebook gradebook;
    private final SubmissionStore submissions;
    private final SubmissionReceiver receiver;
    private final ExerciseStatements statements;
    private final Templates templates;

    public StudentPages(GradingEngine engine, TermsStore terms, CourseGradebook gradebook, SubmissionStore submissions,
                        SubmissionReceiver receiver, ExerciseStatements statements, Templates templates) {
        this.engine = engine;
        this.terms = terms;
        this.gradebook = gradebook;
        this.submissions = submissions;
        this.receiver = receiver;
        this.statements = statements;
        this.templates = templates;
    }

    public void home(Context ctx) {
        ctx.redirect(AccessGate.account(ctx).isStaff() ? "/instructor" : "/exercises");
    }

    public void overview(Context ctx) {
        Account me = AccessGate.account(ctx);
        Map<String, BestScore> standings = new HashMap<>();
        gradebook.standings(null, me.id()).forEach(standing -> standings.put(standing.exerciseId(), standing));
        List<ExerciseLine> lines = new ArrayList<>();
        for (ExerciseInfo exercise : engine.exercises()) {
            String id = exercise.id();
            lines.add(new ExerciseLine(id, exercise.title(),
                    terms.terms(id).describe(terms.extension(me.id(), id).orElse(null)), standings.get(id)));
        }
        Map<String, Object> model = PageModel.of(ctx);
        model.put("exercises", lines);
        ctx.html(templates.render("exercises", model));
    }

    /**
     * The exercise page; {@code ?refused=too-large} shows why the last upload was refused (the
     * server turned it away before reading it, see {@link #TOO_LARGE}).
     */
    public void exercise(Context ctx) {
        showExercise(ctx, TOO_LARGE_CODE.equals(ctx.queryParam("refused")) ? TOO_LARGE : null, HttpStatus.OK);
    }

    /** The query parameter's value by which an upload refused for its size comes back to its exercise page. */
    public static final String TOO_LARGE_CODE = "too-large";
    public static final String TOO_LARGE = "The upload is larger than " + SubmissionReceiver.MAX_UPLOAD_MEGABYTES
            + " MB, the most the server takes; submit only your .java files (a .zip of them is small).";

    public void submit(Context ctx) {
        String exerciseId = ctx.pathParam("exercise");
        try {
            long id = receiver.receive(AccessGate.account(ctx), exerciseId, Uploads.fromForm(ctx));
            ctx.redirect("/submissions/" + id);
        } catch (InvalidInputException refused) {
            showExercise(ctx, refused.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    private void showExercise(Context ctx, String error, HttpStatus status) {
        Account me = AccessGate.account(ctx);
        ExerciseInfo exercise = engine.exercise(ctx.pathParam("exercise"));
        ExerciseTerms exerciseTerms = terms.terms(exercise.id());
        Long extension = terms.extension(me.id(), exercise.id()).orElse(null);
        Admission now = exerciseTerms.admit(System.currentTimeMillis(), extension);
        Map<String, Object> model = PageModel.of(ctx);
        model.put("exercise", exercise);
        model.put("title", exercise.title());
        model.put("terms", exerciseTerms.describe(extension));
        model.put("admission", now);
        model.put("penaltyPercent", ExerciseTerms.percent(now.penalty()));
        model.put("history", submissions.list(SubmissionFilter.ofAccount(me.id(), exercise.id()), 200));
        model.put("statement", statements.html(exercise));
        model.put("error", error);
        ctx.status(status).html(templates.render("exercise", model));
    }

    /** Turns a multipart form's {@code files} field into an {@link Upload}. */
    static final class Uploads {
        private Uploads() {
        }

        static Upload fromForm(Context ctx) {
            List<Upload.NamedBytes> files = new ArrayList<>();
            for (var file : ctx.uploadedFiles("files")) {
                if (file.filename() == null || file.filename().isBlank()) {
                    continue; // the browser sends an empty part when nothing was chosen
                }
                files.add(new Upload.NamedBytes(file.filename(), file.contentAndClose(in -> {
                    try {
                        return in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException("the upload broke off", e);
                    }
                })));
            }
            return new Upload(files);
        }
    }
}
