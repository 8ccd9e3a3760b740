package grader.report;

import grader.child.interleaving.Timeline;
import grader.child.interleaving.TimelineStep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import grader.child.interleaving.Timeline;
import grader.child.interleaving.TimelineStep;
import grader.measure.TimingFigures;
import grader.measure.TimingVerdict;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;
import java.nio.file.Path;

/**
 * The JSON report: a valid Gradescope autograder {@code results.json} (score, max_score,
 * execution_time, output, tests with name, score, max_score, status, output, visibility), with
 * the grader's own fields beside them: {@code exercise}, {@code speedup} (the measured figures of
 * each timing check), {@code stages} (milliseconds per stage) and {@code host}.
 */
public final class GradescopeReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson(GradeReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", report.score());
        root.put("max_score", report.maxScore());
        root.put("execution_time", report.executionSeconds());
        root.put("output", String.join("\n", ReportText.summaryLines(report)));
        ArrayNode tests = root.putArray("tests");
        for (ReportItem item : report.items()) {
            ObjectNode test = tests.addObject();
            test.put("name", item.name());
            test.put("score", item.score());
            test.put("max_score", item.maxScore());
            test.put("status", item.status() == ItemStatus.PASSED ? "passed" : "failed");
            String timeline = item.interleaving().map(t -> "\n\n" + String.join("\n", TimelineText.lines(t))).orElse("");
            test.put("output", (item.output().isBlank() ? item.feedback()
                    : item.feedback() + "\n\nIt printed:\n" + item.output()) + timeline);
            test.put("output_format", "text");
            test.put("visibility", item.visibility().gradescopeValue());
            test.put("id", item.id());
            test.put("outcome", item.status().name().toLowerCase());
            item.interleaving().ifPresent(t -> test.set("interleaving", interleaving(t)));
        }
        root.put("exercise", report.exerciseId());
        ArrayNode speedup = root.putArray("speedup");
        for (TimingVerdict verdict : report.timings()) {
            speedup.add(timing(verdict));
        }
        ObjectNode stages = root.putObject("stages");
        report.stageMillis().forEach(stages::put);
        ObjectNode host = root.putObject("host");
        host.put("name", report.host().hostName());
        host.put("cores", report.host().cores());
        host.put("java", report.host().javaVersion());
        report.host().isolation().forEach(host.putArray("isolation")::add);
        return root;
    }

    /** The interleaving as data, for pages that draw it (the web report's timeline). */
    private static ObjectNode interleaving(Timeline timeline) {
        ObjectNode node = JSON.createObjectNode();
        node.put("verdict", timeline.verdict());
        node.put("summary", timeline.summary());
        node.put("threads", timeline.threads());
        node.put("culprit", timeline.culprit());
        ArrayNode steps = node.putArray("steps");
        for (TimelineStep step : timeline.steps()) {
            ObjectNode json = steps.addObject();
            json.put("thread", step.thread());
            json.put("kind", step.kind().name().toLowerCase());
            json.put("text", step.text());
            json.put("subject", step.subject());
            json.put("value", step.value());
            json.put("method", step.method());
            json.put("location", step.location());
            json.put("operation", step.operation());
            json.put("matters", step.matters());
        }
        return node;
    }

    private static ObjectNode timing(TimingVerdict verdict) {
        TimingFigures figures = verdict.figures();
        ObjectNode node = JSON.createObjectNode();
        node.put("name", verdict.spec().name());
        node.put("kind", verdict.spec().kind().name().toLowerCase());
        node.put("credit", verdict.credit());
        node.put("inconclusive", verdict.inconclusive());
        node.put("cores", figures.cores());
        node.put("threads", figures.threads());
        node.put("trials", figures.trials().size());
        node.put("clean_trials", figures.cleanTrials().size());
        if (!figures.trials().isEmpty()) {
            figure(node, "speedup", figures.speedup());
            figure(node, "wall_speedup", figures.wallSpeedup());
            figure(node, "reference_speedup", figures.referenceSpeedup());
            figure(node, "slowdown", figures.slowdown());
            figure(node, "best_baseline_ms", figures.bestBaselineMillis());
            figure(node, "best_candidate_ms", figures.bestCandidateMillis());
            figure(node, "best_clean_candidate_ms", figures.bestCleanCandidateMillis());
            figure(node, "median_work_split", figures.medianWorkSplit());
            figure(node, "median_cores_available", figures.medianCoresAvailable());
            figure(node, "median_baseline_ms", figures.medianBaselineMillis());
            figure(node, "median_candidate_ms", figures.medianCandidateMillis());
            figure(node, "median_cores_busy", figures.medianCoresBusy());
        }
        node.put("explanation", verdict.explanation());
        return node;
    }

    /** A measured figure, or null where there was nothing to measure it on (no clean trial, say). */
    private static void figure(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    /** Writes the report to {@code file} whole or not at all. */
    public void write(GradeReport report, Path file) {
        try {
            AtomicFile.write(file, JSON.writeValueAsString(toJson(report)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree always serialises", e);
        }
    }
}
