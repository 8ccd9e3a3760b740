package grader.web.pages;

import grader.api.model.SubmittedSource;
import grader.web.source.SourceDiff;
import grader.web.source.SourceLinks;
import grader.web.source.SourceListing;
import grader.web.submission.SubmissionDownload;
import grader.web.submission.SubmissionSources;
import grader.web.submission.SubmissionSummary;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/**
 * What a submission holds, for its owner and for instructors (whoever may see the submission,
 * as {@link SubmissionPages} decides): each source file with numbered, linkable lines, the
 * upload as it came, and the diff with another submission of the same student for the same
 * exercise. Thread-safe: it keeps no state beyond its collaborators.
 */
public final class SourcePages {

    private final SubmissionPages submissionPages;
    private final SubmissionSources sources;
    private final Templates templates;

    public SourcePages(SubmissionPages submissionPages, SubmissionSources sources, Templates templates) {
        this.submissionPages = submissionPages;
        this.sources = sources;
        this.templates = templates;
    }

    /** A file of the submission and its page, for the list of files. */
    public record FileLink(String name, String href) {
    }

    /** {@code /submissions/N/source?file=NAME}: one file (the first without {@code file}) and the list of all. */
    public void source(Context ctx) {
        SubmissionSummary submission = submissionPages.visible(ctx);
        List<SubmittedSource> files = sources.of(submission);
        String wanted = ctx.queryParam("file");
        SubmittedSource shown = files.stream().filter(file -> wanted == null || file.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("Submission #" + submission.id() + " has no file named " + wanted + "."));
        Map<String, Object> model = model(ctx, submission);
        model.put("files", files.stream().map(file -> new FileLink(file.name(), SourceLinks.page(submission.id(), file.name()))).toList());
        model.put("listing", SourceListing.of(shown));
        ctx.html(templates.render("source", model));
    }

    /** {@code /submissions/N/download}: the stored upload, a zip of its files if there are several. */
    public void download(Context ctx) {
        SubmissionDownload download = sources.download(submissionPages.visible(ctx));
        ctx.header("Content-Disposition", download.contentDisposition());
        ctx.contentType(download.contentType());
        ctx.result(download.content());
    }

    /**
     * {@code /submissions/N/diff?with=M}: file by file, from the older of the two to the newer. A
     * submission that is not the same student's for the same exercise, or is this one, is refused
     * on the page in one sentence, with the form to choose again.
     */
    public void diff(Context ctx) {
        SubmissionSummary submission = submissionPages.visible(ctx);
        Map<String, Object> model = model(ctx, submission);
        String with = ctx.queryParam("with");
        SubmissionSummary other = other(ctx, submission, with);
        if (other == null) {
            model.put("error", "Choose another of " + submission.username() + "'s submissions of " + submission.exerciseId()
                    + " to compare submission #" + submission.id() + " with.");
            ctx.status(400).html(templates.render("diff", model));
            return;
        }
        SubmissionSummary older = other.id() < submission.id() ? other : submission;
        SubmissionSummary newer = older == other ? submission : other;
        model.put("selected", other.id());
        model.put("older", older);
        model.put("newer", newer);
        model.put("diffs", SourceDiff.between(sources.of(older), sources.of(newer)));
        ctx.html(templates.render("diff", model));
    }

    /** The submission named by {@code with}, if the viewer may see it and it is another of the same student's for the same exercise. */
    private SubmissionSummary other(Context ctx, SubmissionSummary submission, String with) {
        long id;
        try {
            id = Long.parseLong(with == null ? "" : with.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        if (id == submission.id()) {
            return null;
        }
        SubmissionSummary other;
        try {
            other = submissionPages.visibleById(ctx, id);
        } catch (NotFoundResponse e) {
            return null;
        }
        boolean sameWork = other.accountId() == submission.accountId() && other.exerciseId().equals(submission.exerciseId());
        return sameWork ? other : null;
    }

    private Map<String, Object> model(Context ctx, SubmissionSummary submission) {
        Map<String, Object> model = PageModel.of(ctx);
        model.put("submission", submission);
        model.put("others", submissionPages.others(submission));
        return model;
    }
}
