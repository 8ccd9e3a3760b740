package grader.web.pages;

import grader.InvalidInputException;
import grader.api.GradingEngine;
import grader.api.model.ExerciseInfo;
import grader.web.account.AccountStore;
import grader.web.account.RosterImport;
import grader.web.deadline.ExerciseTerms;
import grader.web.deadline.LatePolicy;
import grader.web.deadline.TermsStore;
import grader.web.gradebook.CourseGradebook;
import grader.web.gradebook.ExerciseStatistics;
import grader.web.gradebook.TestPassRates;
import grader.web.queue.GradingDispatch;
import grader.web.queue.SubmissionStatus;
import grader.web.submission.SubmissionFilter;
import grader.web.submission.SubmissionStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The staff's pages: the score matrix and roster import, one exercise's charts, terms and
 * extensions (granted, listed, revoked), the filtered submission list a page at a time, and
 * regrading. The gate has already refused everyone but staff before any of these runs, and
 * teaching assistants where a route changes the course; the pages hide those forms from them.
 * Thread-safe: the server's request threads share it, and it keeps no state beyond its stores.
 */
public final class InstructorPages {

    /** Rows per page of the submission list. */
    static final int PAGE_SIZE = 50;

    private final GradingEngine engine;
    private final CourseGradebook gradebook;
    private final RosterImport roster;
    private final AccountStore accounts;
    private final TermsStore terms;
    private final SubmissionStore submissions;
    private final GradingDispatch dispatch;
    private final Templates templates;

    public InstructorPages(GradingEngine engine, CourseGradebook gradebook, RosterImport roster, AccountStore accounts,
                           TermsStore terms, SubmissionStore submissions, GradingDispatch dispatch,
                           Templates templates) {
        this.engine = engine;
        this.gradebook = gradebook;
        this.roster = roster;
        this.accounts = accounts;
        this.terms = terms;
        this.submissions = submissions;
        this.dispatch = dispatch;
        this.templates = templates;
    }

    public void matrix(Context ctx) {
        showMatrix(ctx, null, null, "", HttpStatus.OK);
    }

    public void importRoster(Context ctx) {
        String csv = ctx.formParam("csv");
        var file = ctx.uploadedFile("roster");
        if (file != null && file.size() > 0) {
            csv = file.contentAndClose(in -> {
                try {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("the roster upload broke off", e);
                }
            });
        }
        RosterImport.ForExisting forExisting = "update-names".equals(ctx.formParam("existing"))
                ? RosterImport.ForExisting.UPDATE_NAMES : RosterImport.ForExisting.SKIP;
        try {
            showMatrix(ctx, roster.importCsv(csv, forExisting), null, "", HttpStatus.OK);
        } catch (InvalidInputException refused) {
            showMatrix(ctx, null, refused.getMessage(), Objects.requireNonNullElse(csv, ""), HttpStatus.BAD_REQUEST);
        }
    }

    /** The matrix, with an import's result or its refusal and the CSV as it was given, to fix and send again. */
    private void showMatrix(Context ctx, RosterImport.Result imported, String error, String typedCsv, HttpStatus status) {
        List<String> ids = engine.exercises().stream().map(ExerciseInfo::id).toList();
        Map<String, Object> model = PageModel.of(ctx);
        model.put("exerciseIds", ids);
        model.put("rows", gradebook.matrix(ids));
        model.put("imported", imported);
        model.put("error", error);
        model.put("csv", typedCsv);
        ctx.status(status).html(templates.render("instructor_matrix", model));
    }

    public void exercise(Context ctx) {
        showExercise(ctx, ExerciseFeedback.none(), HttpStatus.OK);
    }

    /** Saves the terms; a refusal shows the form again as it was typed, with the one sentence that says why. */
    public void saveTerms(Context ctx) {
        String id = engine.exercise(ctx.pathParam("exercise")).id();
        TermsForm typed = TermsForm.typed(ctx);
        try {
            String maxGraded = blankToNull(typed.maxGraded());
            terms.save(new ExerciseTerms(id, time(typed.releaseAt()), time(typed.dueAt()),
                    "refuse".equals(typed.latePolicy()) ? LatePolicy.REFUSE : LatePolicy.PENALTY,
                    percent(typed.penaltyPercent()), time(typed.hardDeadlineAt()),
                    maxGraded == null ? null : integer(maxGraded, "The cap on graded submissions"), typed.hiddenPublished()));
            showExercise(ctx, ExerciseFeedback.notice("Saved."), HttpStatus.OK);
        } catch (InvalidInputException refused) {
            showExercise(ctx, new ExerciseFeedback(null, refused.getMessage(), typed, null, null), HttpStatus.BAD_REQUEST);
        }
    }

    /**
     * Grants an extension: a due date later than the exercise's. An extension moves the hard
     * deadline along by as much ({@link ExerciseTerms#hardDeadlineFor}), and the notice says so.
     */
    public void grantExtension(Context ctx) {
        String id = engine.exercise(ctx.pathParam("exercise")).id();
        ExtensionForm typed = new ExtensionForm(Objects.requireNonNullElse(ctx.formParam("username"), ""),
                Objects.requireNonNullElse(ctx.formParam("dueAt"), ""));
        try {
            long account = accounts.idOf(typed.username()).orElseThrow(() ->
                    new InvalidInputException("There is no student '" + typed.username() + "'."));
            Long due = time(typed.dueAt());
            if (due == null) {
                throw new InvalidInputException("Give the extended due date.");
            }
            ExerciseTerms current = terms.terms(id);
            if (current.dueAt() == null || due <= current.dueAt()) {
                throw new InvalidInputException(current.dueAt() == null ? "This exercise has no due date to extend."
                        : "An extension must end after the due date, " + ExerciseTerms.show(current.dueAt()) + ".");
            }
            terms.grantExtension(account, id, due);
            Long hard = current.hardDeadlineFor(due);
            showExercise(ctx, ExerciseFeedback.notice("Extension granted to " + typed.username() + ": due " + ExerciseTerms.show(due)
                    + (hard == null ? "." : ", late submissions until " + ExerciseTerms.show(hard) + " (the hard deadline moves along).")),
                    HttpStatus.OK);
        } catch (InvalidInputException refused) {
            showExercise(ctx, new ExerciseFeedback(null, refused.getMessage(), null, typed, null), HttpStatus.BAD_REQUEST);
        }
    }

    /** Takes a student's extension back; the exercise's own due date applies to them again. */
    public void revokeExtension(Context ctx) {
        String id = engine.exercise(ctx.pathParam("exercise")).id();
        String username = ctx.pathParam("username");
        long account = accounts.idOf(username).orElseThrow(() -> new InvalidInputException("There is no student '" + username + "'."));
        if (!terms.revokeExtension(account, id)) {
            showExercise(ctx, new ExerciseFeedback(null, username + " has no extension for " + id + ".", null, null, null),
                    HttpStatus.BAD_REQUEST);
            return;
        }
        showExercise(ctx, ExerciseFeedback.notice("Extension of " + username + " revoked: due "
                + ExerciseTerms.show(terms.terms(id).dueAt()) + ", as for everyone."), HttpStatus.OK);
    }

    /** Regrades every submission of the exercise once the instructor confirmed it (a second form, no script needed). */
    public void regradeAll(Context ctx) {
        String id = engine.exercise(ctx.pathParam("exercise")).id();
        if (!"yes".equals(ctx.formParam("confirmed"))) {
            int finished = submissions.count(new SubmissionFilter(id, SubmissionStatus.GRADED, false, false, null))
                    + submissions.count(new SubmissionFilter(id, SubmissionStatus.ERROR, false, false, null));
            showExercise(ctx, new ExerciseFeedback(null, null, null, null, finished), HttpStatus.OK);
            return;
        }
        int queued = dispatch.regradeAll(id);
        showExercise(ctx, ExerciseFeedback.notice(queued + " submissions queued for regrading."), HttpStatus.OK);
    }

    /**
     * What the exercise page shows besides its data: a notice or an error, the terms and extension
     * forms as typed (null: the saved terms, an empty extension form), and, when the instructor
     * asked to regrade all, how many finished submissions the confirmation would queue again.
     */
    private record ExerciseFeedback(String notice, String error, TermsForm terms, ExtensionForm extension,
                                    Integer regradeToConfirm) {
        static ExerciseFeedback none() {
            return new ExerciseFeedback(null, null, null, null, null);
        }

        static ExerciseFeedback notice(String notice) {
            return new ExerciseFeedback(notice, null, null, null, null);
        }
    }

    private void showExercise(Context ctx, ExerciseFeedback feedback, HttpStatus status) {
        ExerciseInfo exercise = engine.exercise(ctx.pathParam("exercise"));
        var standings = gradebook.standings(exercise.id(), null);
        int inconclusive = submissions.count(new SubmissionFilter(exercise.id(), null, true, false, null));
        Map<String, Object> model = PageModel.of(ctx);
        model.put("exercise", exercise);
        model.put("title", exercise.title());
        model.put("stats", ExerciseStatistics.of(standings, inconclusive));
        model.put("passRates", TestPassRates.of(gradebook.bestReports(standings)));
        ExerciseTerms current = terms.terms(exercise.id());
        model.put("termsText", current.describe(null));
        model.put("form", feedback.terms() != null ? feedback.terms() : TermsForm.of(current));
        model.put("extension", feedback.extension() != null ? feedback.extension() : new ExtensionForm("", ""));
        model.put("extensions", terms.extensions(exercise.id()));
        model.put("regradeToConfirm", feedback.regradeToConfirm());
        model.put("notice", feedback.notice());
        model.put("error", feedback.error());
        ctx.status(status).html(templates.render("instructor_exercise", model));
    }

    /** The submission list, filtered, a page of {@link #PAGE_SIZE} at a time; the page links keep the filters. */
    public void list(Context ctx) {
        String exercise = blankToNull(ctx.queryParam("exercise"));
        String status = blankToNull(ctx.queryParam("status"));
        String student = blankToNull(ctx.queryParam("student"));
        Long account = student == null ? null : accounts.idOf(student).orElseThrow(() ->
                new InvalidInputException("There is no student '" + student + "'."));
        SubmissionFilter filter = new SubmissionFilter(exercise == null ? null : engine.exercise(exercise).id(),
                status == null ? null : statusOf(status), ctx.queryParam("inconclusive") != null,
                ctx.queryParam("violations") != null, account);
        Map<String, Object> model = PageModel.of(ctx);
        model.put("student", student == null ? "" : student);
        model.put("page", submissions.page(filter, id(ctx.queryParam("before")), id(ctx.queryParam("after")), PAGE_SIZE));
        model.put("filter", filter);
        model.put("filterQuery", filterQuery(filter, student));
        model.put("exerciseIds", engine.exercises().stream().map(ExerciseInfo::id).toList());
        model.put("statuses", List.of(SubmissionStatus.values()).stream().map(SubmissionStatus::column).toList());
        model.put("pageSize", PAGE_SIZE);
        ctx.html(templates.render("instructor_submissions", model));
    }

    /** The filter as the list's query string, for the links to other pages of the same list. */
    private static String filterQuery(SubmissionFilter filter, String student) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("exercise", filter.exerciseId());
        fields.put("status", filter.status() == null ? null : filter.status().column());
        fields.put("student", student);
        fields.put("inconclusive", filter.inconclusiveOnly() ? "on" : null);
        fields.put("violations", filter.violationsOnly() ? "on" : null);
        return fields.entrySet().stream().filter(field -> field.getValue() != null)
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A page link's submission id; a malformed one is refused with a sentence. */
    private static Long id(String value) {
        String text = blankToNull(value);
        try {
            return text == null ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + text + "' is not a submission number.");
        }
    }

    public void regrade(Context ctx) {
        long id = SubmissionPages.submissionId(ctx);
        dispatch.regrade(id);
        ctx.redirect("/submissions/" + id);
    }

    private static SubmissionStatus statusOf(String value) {
        try {
            return SubmissionStatus.ofColumn(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("There is no status '" + value + "'; the statuses are queued, running, graded and error.");
        }
    }

    /** A {@code datetime-local} field's value, read as UTC; null when empty. */
    private static Long time(String field) {
        String value = blankToNull(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + value + "' is not a date and time like 2026-12-01T23:59.");
        }
    }

    /** The penalty field, in percent, as the share the terms keep; {@link ExerciseTerms#check} refuses one outside 0–100. */
    private static double percent(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return 0;
        }
        try {
            return Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text) / 100;
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
                    terms.penaltyPercent(), field(terms.hardDeadlineAt()),
                    terms.maxGraded() == null ? "" : terms.maxGraded().toString(), terms.hiddenPublished());
        }

        /** The fields as the instructor typed them, to show again when they are refused. */
        static TermsForm typed(Context ctx) {
            return new TermsForm(typedField(ctx, "releaseAt"), typedField(ctx, "dueAt"), typedField(ctx, "latePolicy"),
                    typedField(ctx, "penaltyPercent"), typedField(ctx, "hardDeadlineAt"), typedField(ctx, "maxGraded"),
                    ctx.formParam("hiddenPublished") != null);
        }

        private static String typedField(Context ctx, String name) {
            return Objects.requireNonNullElse(ctx.formParam(name), "");
        }

        private static String field(Long epochMillis) {
            return epochMillis == null ? "" : LocalDateTime.ofEpochSecond(epochMillis / 1000, 0, ZoneOffset.UTC).toString();
        }
    }

    /** The extension form's fields, as typed. */
    public record ExtensionForm(String username, String dueAt) {
    }
}
