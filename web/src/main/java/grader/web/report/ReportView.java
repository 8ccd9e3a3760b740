package grader.web.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored report (the contract's JSON) as a page shows it to one viewer. Hidden tests
 * ({@code after_published}) show their names, feedback and output to a student only once the
 * instructor has published the exercise's hidden results; until then the student sees how many
 * there are and the points they make together, never which failed or why. Instructors see all.
 * A timing check is both a scored item and a set of figures in the stored report; here it is one
 * speedup line with its points, not also a test line that repeats its figures. Immutable.
 */
public record ReportView(double score, double maxScore, String output, List<TestLine> tests, List<SpeedupLine> speedups,
                         int hiddenWithheld, double hiddenScore, double hiddenMaxScore, List<String> isolation,
                         String machine) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One test or check of the report. */
    public record TestLine(String name, double score, double maxScore, String outcome, String output, boolean hidden) {
    }

    /** One timing check's figures, points and verdict; a figure is null where it could not be measured, the points where the report has none. */
    public record SpeedupLine(String name, String kind, Double speedup, Double slowdown, Double score, Double maxScore,
                              boolean inconclusive, int cores, int trials, int cleanTrials, String explanation) {
    }

    public static ReportView of(String reportJson, boolean showHidden) {
        JsonNode root;
        try {
            root = JSON.readTree(reportJson);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored report is not JSON", e);
        }
        Map<String, JsonNode> items = new HashMap<>();
        root.path("tests").forEach(test -> items.put(test.path("name").asText(), test));
        List<SpeedupLine> speedups = new ArrayList<>();
        for (JsonNode timing : root.path("speedup")) {
            JsonNode item = items.remove(timing.path("name").asText());
            speedups.add(new SpeedupLine(timing.path("name").asText(), timing.path("kind").asText(), number(timing, "speedup"),
                    number(timing, "slowdown"), item == null ? null : item.path("score").asDouble(),
                    item == null ? null : item.path("max_score").asDouble(), timing.path("inconclusive").asBoolean(),
                    timing.path("cores").asInt(), timing.path("trials").asInt(), timing.path("clean_trials").asInt(),
                    timing.path("explanation").asText()));
        }
        List<TestLine> tests = new ArrayList<>();
        int withheld = 0;
        double hiddenScore = 0;
        double hiddenMax = 0;
        for (JsonNode test : root.path("tests")) {
            if (!items.containsKey(test.path("name").asText())) {
                continue; // a timing check, shown with its figures above
            }
            boolean hidden = "after_published".equals(test.path("visibility").asText());
            if (hidden && !showHidden) {
                withheld++;
                hiddenScore += test.path("score").asDouble();
                hiddenMax += test.path("max_score").asDouble();
                continue;
            }
            tests.add(new TestLine(test.path("name").asText(), test.path("score").asDouble(), test.path("max_score").asDouble(),
                    test.path("outcome").asText(test.path("status").asText()), test.path("output").asText(), hidden));
        }
        List<String> isolation = new ArrayList<>();
        root.path("host").path("isolation").forEach(layer -> isolation.add(layer.asText()));
        return new ReportView(root.path("score").asDouble(), root.path("max_score").asDouble(), root.path("output").asText(),
                tests, speedups, withheld, hiddenScore, hiddenMax, isolation, machine(root.path("host")));
    }

    /** Where it was graded, as the engine's report names it ("host: 8 cores, Java 17.0.15"); null if it does not. */
    private static String machine(JsonNode host) {
        if (!host.hasNonNull("name")) {
            return null;
        }
        return host.path("name").asText() + ": " + host.path("cores").asInt() + " cores, Java " + host.path("java").asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }
}
