package grader.web.queue;

import java.nio.file.Path;

/**
 * Grades one stored submission; what the queue's workers call. The engine does it in production
 * ({@link EngineGrader}); queue and load tests put a fast stand-in here.
 *
 * <p>Implementations must be safe to call from several worker threads at once.
 */
public interface SubmissionGrader {

    /**
     * Grades the submission at {@code submission} (a folder or a {@code .zip}).
     *
     * @throws grader.InvalidInputException if the submission itself is refused (the student's doing)
     * @throws RuntimeException any other failure is the grader's own (an infrastructure error)
     */
    GradeOutcome grade(String exerciseId, Path submission);
}
