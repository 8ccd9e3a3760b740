package grader.web.pages;

import grader.InvalidInputException;
import grader.api.model.Report;
import grader.web.account.Account;
import grader.web.deadline.TermsStore;
import grader.web.queue.GradingQueue;
import grader.web.report.ReportView;
import grader.web.session.AccessGate;
import grader.web.source.SourceLinks;
import grader.web.submission.SubmissionFilter;
import grader.web.submission.SubmissionSources;
import grader.web.submission.SubmissionStore;
import grader.web.submission.SubmissionSummary;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One submission's page, for its owner and for instructors: status, live progress and, once
 * graded, the report (rendered as a fragment the page also fetches when grading ends), read back
 * from the stored JSON into the engine's {@code Report}, its file:line references linked to the
 * submitted source; and the way to that source, its download and a diff with the student's other
 * submissions of the exercise. Thread-safe: the server's request threads share it, and it keeps
 * no state beyond its stores.
 */
public final class SubmissionPages {

    private static final Logger LOG = Logger.getLogger(SubmissionPages.class.getName());
    /** The most other submissions the compare form offers, newest first. */
    private static final int COMPARE_CHOICES = 100;

    private final SubmissionStore submissions;
    private final SubmissionSources sources;
    private final GradingQueue queue;
    private final TermsStore terms;
    private final Templates templates;

    public SubmissionPages(SubmissionStore submissions, SubmissionSources sources, GradingQueue queue, TermsStore terms,
                           Templates templates) {
        this.submissions = submissions;
        this.sources = sources;
        this.queue = queue;
        this.terms = terms;
        this.templates = templates;
    }

    public void page(Context ctx) {
        Map<String, Object> model = PageModel.of(ctx);
        SubmissionSummary submission = visible(ctx);
        model.put("submission", submission);
        model.put("position", queue.position(submission.id()).orElse(null));
        model.put("others", others(submission));
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

    /** The same student's other submissions of the same exercise, newest first: what this one can be compared with. */
    List<SubmissionSummary> others(SubmissionSummary submission) {
        return submissions.list(SubmissionFilter.ofAccount(submission.accountId(), submission.exerciseId()), COMPARE_CHOICES + 1)
                .stream().filter(other -> other.id() != submission.id()).limit(COMPARE_CHOICES).toList();
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
                .<Map<String, Object>>map(json -> Map.of("report", ReportView.of(Report.fromJson(json), showHidden,
                                links(submission)), "reportJson", json))
                .orElse(Map.of());
    }

    /** Links into the submission's source; none if its stored files can no longer be read, so the report still shows. */
    private SourceLinks links(SubmissionSummary submission) {
        try {
            return SourceLinks.of(submission.id(), sources.of(submission));
        } catch (InvalidInputException e) {
            LOG.log(Level.WARNING, "submission " + submission.id() + "'s files are refused now: " + e.getMessage());
            return SourceLinks.none();
        }
    }
}
