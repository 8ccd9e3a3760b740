package grader.batch;

/** Hears a batch's progress; called from the grading threads, so implementations are thread-safe. */
public interface BatchProgress {

    void started(BatchEntry entry);

    void finished(BatchResult result);

    /** Called once, when every submission is done. */
    void ended();
}
