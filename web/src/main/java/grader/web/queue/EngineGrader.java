package grader.web.queue;

import grader.api.Graded;
import grader.api.GradingEngine;
import grader.api.model.GradingListener;
import java.nio.file.Path;

/**
 * Grades with the real engine, hidden tests included. Thread-safe: every worker thread of the
 * process grades through the one engine, whose core reservation lets correctness runs go side by
 * side while a speedup phase has the machine alone.
 */
public final class EngineGrader implements SubmissionGrader {

    private final GradingEngine engine;

    public EngineGrader(GradingEngine engine) {
        this.engine = engine;
    }

    @Override
    public GradeOutcome grade(String exerciseId, Path submission) {
        Graded graded = engine.grade(exerciseId, submission, GradingListener.NONE);
        return new GradeOutcome(graded.report(), graded.violations());
    }
}
