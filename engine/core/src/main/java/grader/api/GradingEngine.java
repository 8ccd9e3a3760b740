package grader.api;

import grader.InvalidInputException;
import grader.api.model.ExerciseInfo;
import grader.api.model.GradingListener;
import grader.api.model.SubmittedSource;
import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import grader.exercise.GradingScope;
import grader.intake.SubmissionIntake;
import grader.pipeline.GraderHome;
import grader.pipeline.GradingPipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The grading engine, as every front end uses it (the command line, {@code grade-all}, the web):
 * the exercises, the intake of an upload, and grading a submission to one immutable report while
 * a listener hears its stages. The stages, the child JVMs and the sandbox are behind it.
 *
 * <p>Creating an engine detects the sandbox and the process limits (cgroups) and opens the
 * machine's core reservation, once; a process creates one engine and shares it.
 *
 * <p>Thread-safe: any number of threads grade at once through one engine. Their correctness
 * phases run side by side, while a speedup phase has the machine's cores alone, also against
 * the other grader processes of this machine.
 */
public final class GradingEngine {

    private final Path root;
    private final ExerciseCatalog exercises;
    private final SubmissionIntake intake;
    private final GradingPipeline pipeline;

    private GradingEngine(GraderHome home) {
        this.root = home.root();
        this.exercises = home.exercises();
        this.intake = home.intake();
        this.pipeline = home.pipeline();
    }

    /** The engine of the grader installed at {@code root} (the project folder: exercises, the built child runner). */
    public static GradingEngine open(Path root) {
        return new GradingEngine(new GraderHome(root));
    }

    /** The engine of the grader this process was started from (the {@code grader.home} system property). */
    public static GradingEngine fromSystemProperty() {
        return new GradingEngine(GraderHome.fromSystemProperty());
    }

    /** The project folder the grader runs from, beside which a front end may keep its data. */
    public Path root() {
        return root;
    }

    /** The exercises, by id. */
    public List<ExerciseInfo> exercises() {
        return exercises.all().stream().map(GradingEngine::info).toList();
    }

    /**
     * The exercise with this id.
     *
     * @throws InvalidInputException if there is none; the message lists those there are
     */
    public ExerciseInfo exercise(String id) {
        return info(exercises.find(id));
    }

    /**
     * Takes in an upload the way grading will: the intake's limits (files, sizes, zip entries)
     * and its rules (packages, given classes). Returns normally if the upload would be graded.
     *
     * @throws InvalidInputException with one sentence for the student, if it would be refused
     */
    public void admit(String exerciseId, Path upload) {
        intake.read(upload, exercises.find(exerciseId));
    }

    /**
     * The student's own source files of an upload, read as grading reads them (the intake's
     * limits and rules), in the upload's order; the grader's given files, which replace the
     * student's copies, are left out. For showing what was graded.
     *
     * @throws InvalidInputException with one sentence, if intake refuses the upload
     */
    public List<SubmittedSource> sources(String exerciseId, Path upload) {
        Exercise exercise = exercises.find(exerciseId);
        Set<String> given = Set.copyOf(exercise.descriptor().given());
        return intake.read(upload, exercise).sources().stream().filter(file -> !given.contains(file.fileName()))
                .map(file -> new SubmittedSource(file.fileName(), file.origin(), file.content())).toList();
    }

    /**
     * The instructor's full grading, hidden tests included, of a folder or {@code .zip}.
     *
     * @throws InvalidInputException if the exercise does not exist or intake refuses the submission
     */
    public Graded grade(String exerciseId, Path submission, GradingListener listener) {
        return new Graded(pipeline.grade(exercises.find(exerciseId), submission, GradingScope.ALL, listener));
    }

    /**
     * The student's local check: as {@link #grade}, with the public tests only.
     *
     * @throws InvalidInputException if the exercise does not exist or intake refuses the submission
     */
    public Graded check(String exerciseId, Path submission, GradingListener listener) {
        return new Graded(pipeline.grade(exercises.find(exerciseId), submission, GradingScope.PUBLIC_ONLY, listener));
    }

    /**
     * The correctness part of a full grading, with its speedup phase (if any) left for
     * {@link Grading#finish}: a batch grades many correctness parts side by side and then
     * measures them one by one. The caller closes the result.
     *
     * @throws InvalidInputException if the exercise does not exist or intake refuses the submission
     */
    public Grading startGrading(String exerciseId, Path submission, GradingListener listener) {
        return new Grading(pipeline.correctness(exercises.find(exerciseId), submission, GradingScope.ALL, listener));
    }

    private static ExerciseInfo info(Exercise exercise) {
        return new ExerciseInfo(exercise.id(), exercise.descriptor().title(),
                exercise.descriptor().maxScore(GradingScope.ALL));
    }
}
