package grader.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import grader.exercise.Exercise;
import grader.exercise.GradingScope;
import grader.pipeline.GraderHome;
import grader.pipeline.GradingPipeline;
import grader.report.GradescopeReport;
import grader.validate.Variant;
import grader.validate.VariantCatalog;
import grader.validate.VariantCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Grades every variant under {@code solutions/EXERCISE/} once with the real engine, as
 * {@code ./grader grade} would, and holds it to its {@code variants.json}: references and other
 * correct styles score full; each broken variant loses points, at least on the items it names.
 * This proves that an exercise's tests catch the mistakes they are meant to; {@code ./grader
 * validate EXERCISE --runs 20} repeats it to show they do so every time.
 */
class SolutionVariantsTest {

    private static final GraderHome HOME = GraderHome.fromSystemProperty();
    private static final GradingPipeline PIPELINE = HOME.pipeline();

    @TestFactory
    Stream<DynamicTest> everyVariantScoresWhatItsExpectationSays() {
        Path solutions = HOME.root().resolve("solutions");
        return HOME.exercises().all().stream()
                .filter(exercise -> Files.isRegularFile(solutions.resolve(exercise.id()).resolve("variants.json")))
                .flatMap(exercise -> VariantCatalog.load(solutions, exercise.id()).stream()
                        .map(variant -> DynamicTest.dynamicTest(exercise.id() + " " + variant.name(),
                                () -> check(exercise, variant))));
    }

    private static void check(Exercise exercise, Variant variant) {
        VariantCheck.Outcome outcome = VariantCheck.check(variant,
                GradescopeReport.of(PIPELINE.grade(exercise, variant.folder(), GradingScope.ALL)));
        assertEquals(VariantCheck.Verdict.HELD, outcome.verdict(), () -> variant.folder() + " " + outcome.problem());
    }
}
