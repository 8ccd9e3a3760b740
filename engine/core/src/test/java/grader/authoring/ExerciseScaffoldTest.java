package grader.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.InvalidInputException;
import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import grader.exercise.GradingScope;
import grader.pipeline.GraderHome;
import grader.report.GradescopeReport;
import grader.validate.Variant;
import grader.validate.VariantCatalog;
import grader.validate.VariantCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseScaffoldTest {

    private static final ExerciseScaffold.NewExercise BUFFER =
            new ExerciseScaffold.NewExercise("exercise5", "Bounded \"buffer\"", "BoundedBuffer");

    @TempDir
    Path root;

    @BeforeEach
    void aProject() throws IOException {
        Files.createDirectories(root.resolve("exercises"));
        Files.createDirectories(root.resolve("solutions"));
    }

    @Test
    void theNewExerciseLoadsGradesAndValidatesAtOnce() {
        ExerciseScaffold.create(root, BUFFER);
        Exercise exercise = ExerciseCatalog.load(root.resolve("exercises")).find("exercise5");
        assertEquals("Bounded \"buffer\"", exercise.descriptor().title());
        assertEquals(List.of("exercise5.BoundedBufferPublicTest", "exercise5.BoundedBufferHiddenTest"),
                exercise.descriptor().tests().stream().map(spec -> spec.className()).toList());
        assertTrue(Files.isRegularFile(exercise.folder().resolve("tests/hidden/exercise5/BoundedBufferHiddenTest.java")));

        List<Variant> variants = VariantCatalog.load(root.resolve("solutions"), "exercise5");
        assertEquals(1, variants.size());
        VariantCheck.Outcome outcome = VariantCheck.check(variants.get(0),
                GradescopeReport.of(GraderHome.fromSystemProperty().pipeline().grade(exercise, variants.get(0).folder(),
                        GradingScope.ALL)));
        assertEquals(VariantCheck.Verdict.HELD, outcome.verdict(), outcome.problem());
    }

    @Test
    void theIdeProjectIsTheOneTheGraderWrites() throws IOException {
        Path folder = ExerciseScaffold.create(root, BUFFER);
        assertEquals(ExercisePom.render("exercise5", BUFFER.title()), Files.readString(folder.resolve("pom.xml")));
    }

    @Test
    void refusesAnExerciseThatExistsAndLeavesNothingBehind() throws IOException {
        Files.createDirectories(root.resolve("solutions/exercise5"));
        assertThrows(InvalidInputException.class, () -> ExerciseScaffold.create(root, BUFFER));
        assertEquals(List.of("exercise5"), names(root.resolve("solutions")));
        assertEquals(List.of(), names(root.resolve("exercises")));
    }

    @Test
    void refusesNamesThatCannotBePackagesOrClasses() {
        for (String bad : List.of("Exercise5", "5th", "my-exercise", "class", "")) {
            assertThrows(InvalidInputException.class, () -> new ExerciseScaffold.NewExercise(bad, "t", "Buffer"), bad);
        }
        for (String bad : List.of("buffer", "Bounded Buffer", "Bounded-Buffer")) {
            assertThrows(InvalidInputException.class, () -> new ExerciseScaffold.NewExercise("exercise5", "t", bad), bad);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
