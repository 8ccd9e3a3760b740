package grader.batch;

/** Hears a batch's progress; called from the grading threads, so implementations are thread-safe. */
public interface BatchProgress {

    /** A submission's grading begins with its correctness part. */
    void started(BatchEntry entry);

    /** A submission's speedup phase begins; the batch's correctness parts have all ended by then. */
    void measuring(BatchEntry entry);

    void finished(BatchResult result);

    /** Called once, when every submission is done. */
    void ended();
}
