package grader.web.pages;

import grader.InvalidInputException;
import grader.web.gradebook.ScoreOverrides;
import grader.web.session.AccessGate;
import grader.web.submission.SubmissionStore;
import grader.web.submission.SubmissionSummary;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Objects;

/**
 * Setting a submission's score by hand, for instructors and teaching assistants (grading by hand is
 * an assistant's job; the override keeps who set it): a form with the score and the comment the
 * student reads, and clearing it, after which the graded score counts again. Thread-safe: it keeps
 * no state beyond its stores.
 */
public final class OverridePages {

    private final SubmissionStore submissions;
    private final ScoreOverrides overrides;
    private final Templates templates;

    public OverridePages(SubmissionStore submissions, ScoreOverrides overrides, Templates templates) {
        this.submissions = submissions;
        this.overrides = overrides;
        this.templates = templates;
    }

    /** The form, filled with the current override if there is one. */
    public void form(Context ctx) {
        SubmissionSummary submission = submission(ctx);
        var current = submission.override();
        show(ctx, submission, new OverrideForm(current == null ? "" : TemplateFilters.points(current.score()),
                current == null ? "" : current.comment()), null, HttpStatus.OK);
    }

    /** Sets the override and goes to the submission's page; a refusal shows the form again as typed. */
    public void save(Context ctx) {
        SubmissionSummary submission = submission(ctx);
        OverrideForm typed = new OverrideForm(Objects.requireNonNullElse(ctx.formParam("score"), "").trim(),
                Objects.requireNonNullElse(ctx.formParam("comment"), ""));
        try {
            overrides.set(submission.id(), score(typed.score()), typed.comment(), AccessGate.account(ctx));
            ctx.redirect("/submissions/" + submission.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidInputException refused) {
            show(ctx, submission, typed, refused.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    /** Clears the override: the graded score counts again. */
    public void clear(Context ctx) {
        SubmissionSummary submission = submission(ctx);
        overrides.clear(submission.id());
        ctx.redirect("/submissions/" + submission.id(), HttpStatus.SEE_OTHER);
    }

    private SubmissionSummary submission(Context ctx) {
        return submissions.find(SubmissionPages.submissionId(ctx)).orElseThrow(() -> new NotFoundResponse("There is no such submission."));
    }

    private void show(Context ctx, SubmissionSummary submission, OverrideForm form, String error, HttpStatus status) {
        Map<String, Object> model = PageModel.of(ctx);
        model.put("submission", submission);
        model.put("form", form);
        model.put("error", error);
        ctx.status(status).html(templates.render("instructor_override", model));
    }

    private static double score(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("The score is a number of points such as 7.5, not '" + text + "'.");
        }
    }

    /** The form's fields, as typed. */
    public record OverrideForm(String score, String comment) {
    }
}
