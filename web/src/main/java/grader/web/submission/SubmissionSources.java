package grader.web.submission;

import grader.api.GradingEngine;
import grader.api.model.SubmittedSource;
import java.util.List;

/**
 * A stored submission's source files as grading read them, from this server's disk (which
 * holds every submission's files, whoever grades them), through the engine's intake: the names
 * are those the report's file:line references use. Thread-safe: stored folders never change.
 */
public final class SubmissionSources {

    private final GradingEngine engine;
    private final SubmissionStore submissions;
    private final SubmissionFiles files;

    public SubmissionSources(GradingEngine engine, SubmissionStore submissions, SubmissionFiles files) {
        this.engine = engine;
        this.submissions = submissions;
        this.files = files;
    }

    /**
     * The submission's own source files, in the upload's order.
     *
     * @throws grader.InvalidInputException if the intake now refuses the stored upload (its limits changed since)
     */
    public List<SubmittedSource> of(SubmissionSummary submission) {
        return engine.sources(submission.exerciseId(), SubmissionFiles.gradable(files.stored(storageKey(submission))));
    }

    /** The submission's files as they were uploaded, for a download. */
    public SubmissionDownload download(SubmissionSummary submission) {
        return SubmissionDownload.of(files.stored(storageKey(submission)),
                submission.exerciseId() + "-" + submission.username() + "-" + submission.id());
    }

    private String storageKey(SubmissionSummary submission) {
        return submissions.storageKey(submission.id()).orElseThrow(
                () -> new IllegalStateException("submission " + submission.id() + " has no storage key"));
    }
}
