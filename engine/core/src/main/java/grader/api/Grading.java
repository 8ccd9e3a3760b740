package grader.api;

import grader.pipeline.PendingGrading;

/**
 * A grading whose correctness part is done, from {@link GradingEngine#startGrading}: finished
 * already, or with its speedup phase still to measure. It holds the grading's temporary folder
 * until it is closed.
 *
 * <p>Not thread-safe: one thread at a time finishes and closes it (a batch hands it from the
 * thread that graded its correctness to the one that measures).
 */
public final class Grading implements AutoCloseable {

    private final PendingGrading pending;

    Grading(PendingGrading pending) {
        this.pending = pending;
    }

    /** Whether {@link #finish} still measures speedup, with the machine's cores to itself. */
    public boolean speedupPhaseLeft() {
        return pending.speedupPhaseLeft();
    }

    /** Measures what is left to measure, if anything, and returns the grading; call it once. */
    public Graded finish() {
        return new Graded(pending.finish());
    }

    @Override
    public void close() {
        pending.close();
    }
}
