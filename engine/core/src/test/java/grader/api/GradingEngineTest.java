package grader.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.InvalidInputException;
import grader.api.model.ExerciseInfo;
import grader.api.model.GradeStatus;
import grader.api.model.GradingListener;
import grader.api.model.Report;
import grader.api.model.Stage;
import grader.pipeline.GraderHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine as a front end sees it: the exercises, the intake of an upload, and a grading with its events. */
class GradingEngineTest {

    private static final Path ROOT = GraderHome.fromSystemProperty().root();
    private static final GradingEngine ENGINE = GradingEngine.open(ROOT);

    @Test
    void listsTheExercisesWithTitlesAndPoints() {
        List<String> ids = ENGINE.exercises().stream().map(ExerciseInfo::id).toList();
        assertEquals(List.of("exercise1", "exercise2", "exercise3", "exercise4"), ids.subList(0, 4));
        ExerciseInfo exercise3 = ENGINE.exercise("exercise3");
        assertTrue(!exercise3.title().isBlank() && exercise3.points() > 0, exercise3::toString);
        assertThrows(InvalidInputException.class, () -> ENGINE.exercise("exercise0"));
    }

    @Test
    void refusesAnUploadAsGradingWould(@TempDir Path upload) throws IOException {
        Files.writeString(upload.resolve("notes.txt"), "no code here");
        assertThrows(InvalidInputException.class, () -> ENGINE.admit("exercise3", upload));
        ENGINE.admit("exercise3", ROOT.resolve("solutions/exercise3/reference"));
    }

    @Test
    void aGradingTellsItsStagesInOrderAndEndsInOneReport() {
        List<Stage> heard = new ArrayList<>();
        GradingListener listener = new GradingListener() {
            @Override
            public void stageStarted(Stage stage) {
                heard.add(stage);
            }
        };

        Report report = ENGINE.grade("exercise3", ROOT.resolve("solutions/exercise3/reference"), listener).report();

        // The submission's compile, then the tests' against it: one stage heard twice, timed once.
        assertEquals(List.of(Stage.INTAKE, Stage.COMPILE, Stage.POLICY, Stage.COMPILE, Stage.TESTS), heard);
        assertEquals(List.of("intake", "compile", "policy", "tests"), List.copyOf(report.stages().keySet()));
        assertEquals(GradeStatus.GRADED, report.summary().status());
        assertEquals(report.maxScore(), report.score(), () -> "the reference lost points: " + report.toJson());
        assertEquals(report, Report.fromJson(report.toJson()));
    }
}
