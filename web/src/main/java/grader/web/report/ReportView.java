package grader.web.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.report.TimelineText;
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

    /**
     * One test or check of the report; {@code interleaving} is null unless the model checker
     * failed it, and then {@code output} stops before the interleaving's text, which the page
     * draws as a table instead.
     */
    public record TestLine(String name, double score, double maxScore, String outcome, String output, boolean hidden,
                           Interleaving interleaving) {
    }

    /**
     * The thread schedule that broke a test, for the page's timeline: one lane (column) per
     * thread, one row per step that matters, the step the summary blames marked.
     */
    public record Interleaving(String verdict, String summary, List<String> threads, List<Step> steps) {
    }

    /** One row of the timeline: the step's number, its thread's lane (0-based) and what it did. */
    public record Step(int number, int lane, String kind, String text, String location, boolean culprit) {
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
            Interleaving interleaving = interleaving(test.path("interleaving"));
            String output = test.path("output").asText();
            int drawn = output.indexOf("\n\n" + TimelineText.HEADING);
            tests.add(new TestLine(test.path("name").asText(), test.path("score").asDouble(), test.path("max_score").asDouble(),
                    test.path("outcome").asText(test.path("status").asText()),
                    interleaving != null && drawn >= 0 ? output.substring(0, drawn) : output, hidden, interleaving));
        }
        List<String> isolation = new ArrayList<>();
        root.path("host").path("isolation").forEach(layer -> isolation.add(layer.asText()));
        return new ReportView(root.path("score").asDouble(), root.path("max_score").asDouble(), root.path("output").asText(),
                tests, speedups, withheld, hiddenScore, hiddenMax, isolation, machine(root.path("host")));
    }

    /** The timeline of a test's {@code interleaving} object, steps that do not matter left out; null if none. */
    private static Interleaving interleaving(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        List<String> threads = new ArrayList<>();
        for (int thread = 1; thread <= node.path("threads").asInt(); thread++) {
            threads.add("Thread " + thread);
        }
        List<Step> steps = new ArrayList<>();
        int index = 0;
        for (JsonNode step : node.path("steps")) {
            if (step.path("matters").asBoolean()) {
                steps.add(new Step(steps.size() + 1, step.path("thread").asInt() - 1, step.path("kind").asText(),
                        step.path("text").asText(), step.path("location").asText(), index == node.path("culprit").asInt()));
            }
            index++;
        }
        return new Interleaving(node.path("verdict").asText(), node.path("summary").asText(), threads, steps);
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
