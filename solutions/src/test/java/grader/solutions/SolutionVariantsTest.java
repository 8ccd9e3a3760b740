package grader.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import grader.exercise.GradingScope;
import grader.pipeline.GraderHome;
import grader.pipeline.GradingPipeline;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Grades every variant under {@code solutions/EXERCISE/} with the real engine, as
 * {@code ./grader grade} would, and holds it to its {@code variants.json}: references and other
 * correct styles score full; each broken variant loses points, at least on the items it names.
 * This is what proves that an exercise's tests catch the mistakes they are meant to.
 */
class SolutionVariantsTest {

    private static final GraderHome HOME = GraderHome.fromSystemProperty();
    private static final GradingPipeline PIPELINE = HOME.pipeline();

    @TestFactory
    Stream<DynamicTest> everyVariantScoresWhatItsExpectationSays() throws IOException {
        ExerciseCatalog catalog = HOME.exercises();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(HOME.root().resolve("solutions"))) {
            for (Path expectations : files.map(folder -> folder.resolve("variants.json")).filter(Files::isRegularFile)
                    .sorted().toList()) {
                JsonNode root = new ObjectMapper().readTree(expectations.toFile());
                Exercise exercise = catalog.find(root.get("exercise").asText());
                for (JsonNode variant : root.get("variants")) {
                    Path folder = expectations.getParent().resolve(variant.get("path").asText());
                    tests.add(DynamicTest.dynamicTest(exercise.id() + " " + variant.get("path").asText(),
                            () -> check(exercise, folder, variant)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Exercise exercise, Path folder, JsonNode variant) {
        GradeReport report = PIPELINE.grade(exercise, folder, GradingScope.ALL);
        if (variant.get("expect").asText().equals("full")) {
            assertEquals(report.maxScore(), report.score(), 1e-9,
                    () -> folder + " should score full but lost points on:\n" + lostPoints(report));
            return;
        }
        assertTrue(report.score() < report.maxScore(), () -> folder + " is broken but scored full");
        Map<String, ReportItem> items = report.items().stream()
                .collect(Collectors.toMap(ReportItem::id, Function.identity()));
        for (JsonNode mustFail : variant.get("mustFail")) {
            ReportItem item = items.get(mustFail.asText());
            assertTrue(item != null, () -> "variants.json names " + mustFail.asText() + ", which the report lacks");
            assertTrue(item.status() != ItemStatus.PASSED,
                    () -> folder + " should fail " + item.id() + " but passed it; it lost points on:\n" + lostPoints(report));
        }
    }

    private static String lostPoints(GradeReport report) {
        return report.items().stream().filter(item -> item.status() != ItemStatus.PASSED)
                .map(item -> item.id() + ": " + item.feedback())
                .collect(Collectors.joining("\n"));
    }
}
