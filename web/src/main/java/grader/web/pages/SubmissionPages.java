package grader.web.pages;

import grader.api.model.Report;
import grader.web.account.Account;
import grader.web.deadline.TermsStore;
import grader.web.queue.GradingQueue;
import grader.web.report.ReportView;
import grader.web.session.AccessGate;
import grader.web.submission.SubmissionStore;
import grader.web.submission.SubmissionSummary;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/**
 * One submission's page, for its owner and for instructors: status, live progress and, once
 * graded, the report (rendered as a fragment the page also fetches when grading ends), read back
 * from the stored JSON into the engine's {@code Report}. Thread-safe: the server's request threads
 * share it, and it keeps no state beyond its stores.
 */
public final class SubmissionPages {

    private final SubmissionStore submissions;
    private final GradingQueue queue;
    private final TermsStore terms;
    private final Templates templates;

    public SubmissionPages(SubmissionStore submissions, GradingQueue queue, TermsStore terms, Templates templates) {
        this.submissions = submissions;
        this.queue = queue;
        this.terms = terms;
        this.templates = templates;
    }

    public void page(Context ctx) {
        Map<String, Object> model = PageModel.of(ctx);
        SubmissionSummary submission = visible(ctx);
        model.put("submission", submission);
        model.put("position", queue.position(submission.id()).orElse(null));
        model.putAll(reportModel(ctx, submission));
        ctx.html(templates.render("submission", model));
    }

    public void reportFragment(Context ctx) {
        Map<String, Object> model = PageModel.of(ctx);
        SubmissionSummary submission = visible(ctx);
        model.put("submission", submission);
        model.putAll(reportModel(ctx, submission));
        ctx.html(templates.render("report", model));
    }

    /** Refuses, as "not found", a viewer who may not see the submission named in the path. */
    public void requireVisible(Context ctx) {
        visible(ctx);
    }

    /** The submission named in the path, if this viewer may see it; "not found" otherwise. */
    SubmissionSummary visible(Context ctx) {
        return visibleById(ctx, submissionId(ctx));
    }

    SubmissionSummary visibleById(Context ctx, long id) {
        SubmissionSummary submission = submissions.find(id).orElseThrow(() -> new NotFoundResponse("There is no such submission."));
        AccessGate.requireOwnerOrStaff(ctx, submission.accountId());
        return submission;
    }

    static long submissionId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("There is no such submission.");
        }
    }

    private Map<String, Object> reportModel(Context ctx, SubmissionSummary submission) {
        Account me = AccessGate.account(ctx);
        boolean showHidden = me.isStaff() || terms.terms(submission.exerciseId()).hiddenPublished();
        if (submission.score() == null) {
            // Read before a result was recorded: a report recorded since would show beside an empty score.
            return Map.of();
        }
        return submissions.reportJson(submission.id())
                .<Map<String, Object>>map(json -> Map.of("report", ReportView.of(Report.fromJson(json), showHidden),
                        "reportJson", json))
                .orElse(Map.of());
    }
}
