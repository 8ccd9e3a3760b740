package grader.web.queue;

import grader.exercise.ExerciseCatalog;
import grader.exercise.GradingScope;
import grader.exercise.TimingKind;
import grader.measure.TimingVerdict;
import grader.pipeline.CoreReservation;
import grader.pipeline.GraderHome;
import grader.pipeline.GradingPipeline;
import grader.report.GradescopeReport;
import grader.score.GradeReport;
import java.nio.file.Path;

/**
 * Grades with the real engine, hidden tests included. All workers share one
 * {@link CoreReservation}, so correctness runs go side by side while a speedup phase has the
 * machine alone. Each worker thread builds its own pipeline, so gradings share nothing mutable.
 */
public final class EngineGrader implements SubmissionGrader {

    private final ExerciseCatalog exercises;
    private final ThreadLocal<GradingPipeline> pipelines;
    private final GradescopeReport json = new GradescopeReport();

    public EngineGrader(GraderHome home, CoreReservation cores) {
        this.exercises = home.exercises();
        this.pipelines = ThreadLocal.withInitial(() -> home.pipeline(cores));
    }

    @Override
    public GradeOutcome grade(String exerciseId, Path submission) {
        GradeReport report = pipelines.get().grade(exercises.find(exerciseId), submission, GradingScope.ALL);
        Double speedup = report.timings().stream().filter(verdict -> verdict.spec().kind() == TimingKind.SPEEDUP)
                .map(verdict -> verdict.figures().speedup()).filter(value -> !Double.isNaN(value)).findFirst().orElse(null);
        boolean inconclusive = report.timings().stream().anyMatch(TimingVerdict::inconclusive);
        return new GradeOutcome(report.score(), report.maxScore(), speedup, inconclusive, report.violations().size(),
                json.toJson(report).toString());
    }
}
