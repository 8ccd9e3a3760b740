package grader.web.pages;

import grader.InvalidInputException;
import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import grader.web.account.AccountStore;
import grader.web.account.RosterImport;
import grader.web.deadline.ExerciseTerms;
import grader.web.deadline.LatePolicy;
import grader.web.deadline.TermsStore;
import grader.web.gradebook.CourseGradebook;
import grader.web.gradebook.ExerciseStatistics;
import grader.web.queue.GradingDispatch;
import grader.web.queue.GradingQueue;
import grader.web.submission.SubmissionFilter;
import grader.web.submission.SubmissionStatus;
import grader.web.submission.SubmissionStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The instructor's pages: the score matrix and roster import, one exercise's charts, terms and
 * extensions, the filtered submission list, and regrading. The gate has already refused everyone
 * but instructors before any of these runs.
 */
public final class InstructorPages {

    private static final int LIST_LIMIT = 500;

    private final ExerciseCatalog exercises;
    private final CourseGradebook gradebook;
    private final RosterImport roster;
    private final AccountStore accounts;
    private final TermsStore terms;
    private final SubmissionStore submissions;
    private final GradingQueue queue;
    private final GradingDispatch dispatch;
    private final Templates templates;

    public InstructorPages(ExerciseCatalog exercises, CourseGradebook gradebook, RosterImport roster, AccountStore accounts,
                           TermsStore terms, SubmissionStore submissions, GradingQueue queue, GradingDispatch dispatch,
                           Templates templates) {
        this.exercises = exercises;
        this.gradebook = gradebook;
        this.roster = roster;
        this.accounts = accounts;
        this.terms = terms;
        this.submissions = submissions;
        this.queue = queue;
        this.dispatch = dispatch;
        this.templates = templates;
    }

    public void matrix(Context ctx) {
        showMatrix(ctx, null, null, HttpStatus.OK);
    }

    public void importRoster(Context ctx) {
        String csv = ctx.formParam("csv");
        var file = ctx.uploadedFile("roster");
        if (file != null && file.size() > 0) {
            csv = file.contentAndClose(in -> {
                try {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("the roster upload broke off", e);
                }
            });
        }
        try {
            showMatrix(ctx, roster.importCsv(csv == null ? "" : csv), null, HttpStatus.OK);
        } catch (InvalidInputException refused) {
            showMatrix(ctx, null, refused.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    private void showMatrix(Context ctx, List<RosterImport.Imported> imported, String error, HttpStatus status) {
        List<String> ids = exercises.all().stream().map(Exercise::id).toList();
        Map<String, Object> model = PageModel.of(ctx);
        model.put("exerciseIds", ids);
        model.put("rows", gradebook.matrix(ids));
        model.put("imported", imported);
        model.put("error", error);
        ctx.status(status).html(templates.render("instructor_matrix", model));
    }

    public void exercise(Context ctx) {
        showExercise(ctx, null, null, HttpStatus.OK);
    }

    public void saveTerms(Context ctx) {
        String id = exercises.find(ctx.pathParam("exercise")).id();
        try {
            String maxGraded = blankToNull(ctx.formParam("maxGraded"));
            terms.save(new ExerciseTerms(id, time(ctx, "releaseAt"), time(ctx, "dueAt"),
                    "refuse".equals(ctx.formParam("latePolicy")) ? LatePolicy.REFUSE : LatePolicy.PENALTY,
                    percent(ctx.formParam("penaltyPercent")), time(ctx, "hardDeadlineAt"),
                    maxGraded == null ? null : integer(maxGraded, "The cap on graded submissions"),
                    ctx.formParam("hiddenPublished") != null));
            showExercise(ctx, "Saved.", null, HttpStatus.OK);
        } catch (InvalidInputException refused) {
            showExercise(ctx, null, refused.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    public void grantExtension(Context ctx) {
        String id = exercises.find(ctx.pathParam("exercise")).id();
        try {
            String username = ctx.formParam("username");
            long account = accounts.idOf(username).orElseThrow(() ->
                    new InvalidInputException("There is no student '" + username + "'."));
            Long due = time(ctx, "dueAt");
            if (due == null) {
                throw new InvalidInputException("Give the extended due date.");
            }
            terms.grantExtension(account, id, due);
            showExercise(ctx, "Extension granted to " + username + ".", null, HttpStatus.OK);
        } catch (InvalidInputException refused) {
            showExercise(ctx, null, refused.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    public void regradeAll(Context ctx) {
        String id = exercises.find(ctx.pathParam("exercise")).id();
        List<Long> queued = queue.regradeAll(id);
        dispatch.queued(queued);
        showExercise(ctx, queued.size() + " submissions queued for regrading.", null, HttpStatus.OK);
    }

    private void showExercise(Context ctx, String notice, String error, HttpStatus status) {
        Exercise exercise = exercises.find(ctx.pathParam("exercise"));
        var standings = gradebook.standings(exercise.id(), null);
        int inconclusive = submissions.count(new SubmissionFilter(exercise.id(), null, true, false, null));
        Map<String, Object> model = PageModel.of(ctx);
        model.put("exercise", exercise);
        model.put("title", exercise.descriptor().title());
        model.put("stats", ExerciseStatistics.of(standings, inconclusive));
        ExerciseTerms current = terms.terms(exercise.id());
        model.put("termsText", current.describe(null));
        model.put("form", TermsForm.of(current));
        model.put("notice", notice);
        model.put("error", error);
        ctx.status(status).html(templates.render("instructor_exercise", model));
    }

    public void list(Context ctx) {
        String exercise = blankToNull(ctx.queryParam("exercise"));
        String status = blankToNull(ctx.queryParam("status"));
        SubmissionFilter filter = new SubmissionFilter(exercise == null ? null : exercises.find(exercise).id(),
                status == null ? null : statusOf(status), ctx.queryParam("inconclusive") != null,
                ctx.queryParam("violations") != null, null);
        Map<String, Object> model = PageModel.of(ctx);
        model.put("submissions", submissions.list(filter, LIST_LIMIT));
        model.put("filter", filter);
        model.put("exerciseIds", exercises.all().stream().map(Exercise::id).toList());
        model.put("statuses", List.of(SubmissionStatus.values()).stream().map(SubmissionStatus::column).toList());
        model.put("limit", LIST_LIMIT);
        ctx.html(templates.render("instructor_submissions", model));
    }

    public void regrade(Context ctx) {
        long id = SubmissionPages.submissionId(ctx);
        if (queue.regrade(id)) {
            dispatch.queued(List.of(id));
        }
        ctx.redirect("/submissions/" + id);
    }

    private static SubmissionStatus statusOf(String value) {
        try {
            return SubmissionStatus.ofColumn(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("There is no status '" + value + "'; the statuses are queued, running, graded and error.");
        }
    }

    /** A {@code datetime-local} field, read as UTC; null when empty. */
    private static Long time(Context ctx, String field) {
        String value = blankToNull(ctx.formParam(field));
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + value + "' is not a date and time like 2026-12-01T23:59.");
        }
    }

    private static double percent(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return 0;
        }
        try {
            return Double.parseDouble(text) / 100;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("The penalty per day is a percentage such as 10, not '" + text + "'.");
        }
    }

    private static int integer(String value, String what) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(what + " is a whole number, not '" + value + "'.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The terms as the form's fields show them (UTC date-times, a percentage). */
    public record TermsForm(String releaseAt, String dueAt, String latePolicy, String penaltyPercent, String hardDeadlineAt,
                            String maxGraded, boolean hiddenPublished) {

        static TermsForm of(ExerciseTerms terms) {
            return new TermsForm(field(terms.releaseAt()), field(terms.dueAt()), terms.latePolicy().column(),
                    String.valueOf(Math.round(terms.penaltyPerDay() * 100)), field(terms.hardDeadlineAt()),
                    terms.maxGraded() == null ? "" : terms.maxGraded().toString(), terms.hiddenPublished());
        }

        private static String field(Long epochMillis) {
            return epochMillis == null ? "" : LocalDateTime.ofEpochSecond(epochMillis / 1000, 0, ZoneOffset.UTC).toString();
        }
    }
}
