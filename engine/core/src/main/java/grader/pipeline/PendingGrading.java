package grader.pipeline;

import grader.score.GradeReport;
import java.util.function.Supplier;

/**
 * A grading whose correctness part is done: either finished already (the exercise has no speedup
 * check, or the code never got that far) or with its speedup phase still to measure. It owns the
 * grading's workspace, which the speedup phase needs; closing it removes the workspace.
 *
 * <p>Not thread-safe: one thread at a time finishes and closes it. A batch hands it from the
 * thread that graded its correctness to the one that measures through a concurrent map, which
 * publishes it safely.
 */
public final class PendingGrading implements AutoCloseable {

    private final Workspace workspace;
    private final boolean speedupPhaseLeft;
    private final Supplier<GradeReport> rest;

    private PendingGrading(Workspace workspace, boolean speedupPhaseLeft, Supplier<GradeReport> rest) {
        this.workspace = workspace;
        this.speedupPhaseLeft = speedupPhaseLeft;
        this.rest = rest;
    }

    static PendingGrading done(Workspace workspace, GradeReport report) {
        return new PendingGrading(workspace, false, () -> report);
    }

    static PendingGrading speedupPhaseLeft(Workspace workspace, Supplier<GradeReport> measureAndReport) {
        return new PendingGrading(workspace, true, measureAndReport);
    }

    /** Whether {@link #finish} still measures speedup, with the machine's cores to itself. */
    public boolean speedupPhaseLeft() {
        return speedupPhaseLeft;
    }

    /** Measures what is left to measure, if anything, and returns the report; call it once. */
    public GradeReport finish() {
        return rest.get();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
