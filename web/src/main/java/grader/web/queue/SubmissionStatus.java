package grader.web.queue;

import java.util.Locale;

/** Where a submission is in the grading queue. */
public enum SubmissionStatus {
    /** Stored, waiting for a grader (again, if an inconclusive speedup verdict is to be measured again). */
    QUEUED,
    /** A grader's job has claimed it and holds its claim token. */
    RUNNING,
    /** Graded; its result is in the gradebook. */
    GRADED,
    /** The grader failed on it for its own reasons too often; it costs the student no attempt. */
    ERROR;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean finished() {
        return this == GRADED || this == ERROR;
    }
}
