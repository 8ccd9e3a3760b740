package grader.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One grading's report in the contract's JSON format, as records: what {@code grade --json}
 * writes, what {@code grade-all} keeps per student, what the web stores, and what each of them
 * reads back. It is a valid Gradescope {@code results.json} (score, max_score, execution_time,
 * output, tests) with the grader's own fields beside Gradescope's: {@code exercise},
 * {@code speedup} (the figures of each timing check), {@code stages} (milliseconds per stage) and
 * {@code host}. The components are in the JSON's order, so that writing a report gives the same
 * text it always did.
 *
 * <p>A submission the engine refused outright has a report too, with no test and
 * {@code "rejected": true}; that field appears on no other report.
 *
 * <p>Immutable; reading and writing are thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(double score, @JsonProperty("max_score") double maxScore,
                     @JsonProperty("execution_time") double executionTime, String output, List<Test> tests,
                     String exercise, List<Timing> speedup, Map<String, Long> stages, Host host,
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean rejected) {

    /** {@link Timing#kind()} of the check whose figure is a submission's main speedup. */
    public static final String SPEEDUP_KIND = "speedup";

    /**
     * Reads what newer or older graders wrote, too: a field this version does not know is
     * skipped rather than making a stored report unreadable.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Report {
        output = output == null ? "" : output;
        tests = tests == null ? List.of() : List.copyOf(tests);
        speedup = speedup == null ? null : List.copyOf(speedup);
        stages = stages == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** The report of a submission the engine refused before grading it: none of {@code maxScore} points, and the reason. */
    public static Report rejected(String reason, double maxScore) {
        return new Report(0, maxScore, 0, reason, List.of(), null, null, null, null, true);
    }

    /** The report in {@code json}, which a grader wrote. */
    public static Report fromJson(String json) {
        try {
            return JSON.readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a grader's report: " + e.getOriginalMessage(), e);
        }
    }

    /** The report as compact JSON, as the web stores it. */
    public String toJson() {
        return write(JSON);
    }

    /** The report as indented JSON, as files are written. */
    public String toIndentedJson() {
        return write(JSON.copy().enable(SerializationFeature.INDENT_OUTPUT));
    }

    private String write(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report's records always serialise", e);
        }
    }

    /**
     * What a list or a gradebook shows of this report: its score, its main speedup (the first
     * speedup check's figure, where it was measured) and its {@link GradeStatus}. The one place
     * these are decided.
     */
    public ReportSummary summary() {
        GradeStatus status = rejected ? GradeStatus.REJECTED
                : timings().stream().anyMatch(Timing::inconclusive) ? GradeStatus.PENDING : GradeStatus.GRADED;
        Optional<Double> mainSpeedup = timings().stream().filter(timing -> SPEEDUP_KIND.equals(timing.kind()))
                .map(Timing::measuredSpeedup).flatMap(Optional::stream).findFirst();
        return new ReportSummary(score, maxScore, mainSpeedup, status);
    }

    /** The timing checks; none in a refusal's report. */
    @JsonIgnore
    public List<Timing> timings() {
        return speedup == null ? List.of() : speedup;
    }

    /** Whether every test and check earned its points: a local check's success. */
    @JsonIgnore
    public boolean allPassed() {
        return !rejected && tests.stream().allMatch(test -> Test.PASSED.equals(test.status()));
    }

    /**
     * One graded item: a test method, a timing check or the static rules. {@code status} is
     * Gradescope's ({@code passed} only with every point); {@code outcome} is the grader's finer
     * word ({@code passed}, {@code partial}, {@code failed}, {@code inconclusive}). {@code id} is
     * stable ({@code exercise4.ParallelSumExactnessTest#emptyArray}, {@code timing:…},
     * {@code policy}); {@code interleaving} is there only for a test the model checker failed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Test(String name, double score, @JsonProperty("max_score") double maxScore, String status,
                       String output, @JsonProperty("output_format") String outputFormat, String visibility, String id,
                       String outcome, Interleaving interleaving) {

        public static final String PASSED = "passed";
        public static final String FAILED = "failed";
        /** {@link #visibility()} of a hidden test: shown once the instructor publishes it. */
        public static final String HIDDEN = "after_published";

        public Test {
            output = output == null ? "" : output;
        }

        @JsonIgnore
        public boolean hidden() {
            return HIDDEN.equals(visibility);
        }
    }

    /** The thread schedule that broke a test: its steps, and the index of the one the summary blames (-1: none). */
    public record Interleaving(String verdict, String summary, int threads, int culprit, List<Step> steps) {

        /** The first words of the interleaving's drawing in a test's text output, by which a reader finds where it starts. */
        public static final String HEADING = "The interleaving that breaks it";

        public Interleaving {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    /** One step of an interleaving; {@code thread} counts from 1, and {@code matters} is false for lock bookkeeping. */
    public record Step(int thread, String kind, String text, String subject, String value, String method,
                       String location, String operation, boolean matters) {
    }

    /**
     * One timing check's verdict and figures. {@code figures} is null when nothing was measured
     * (no trial ran); a figure inside it is null where it could not be computed (no clean trial,
     * say). {@code inconclusive}: the verdict is still pending, for a re-run.
     */
    public record Timing(String name, String kind, double credit, boolean inconclusive, int cores, int threads,
                         int trials, @JsonProperty("clean_trials") int cleanTrials,
                         @JsonUnwrapped @JsonInclude(JsonInclude.Include.NON_NULL) Figures figures,
                         String explanation) {

        public Timing {
            // Read back, absent figures come as a record of nulls: no trial, no figures, as written.
            figures = trials == 0 ? null : figures;
        }

        /** The measured speedup, where there is one. */
        public Optional<Double> measuredSpeedup() {
            return figures == null ? Optional.empty() : Optional.ofNullable(figures.speedup());
        }
    }

    /** A timing check's measured figures (see the timing docs for each); null where one could not be computed. */
    public record Figures(Double speedup, @JsonProperty("wall_speedup") Double wallSpeedup,
                          @JsonProperty("reference_speedup") Double referenceSpeedup, Double slowdown,
                          @JsonProperty("best_baseline_ms") Double bestBaselineMillis,
                          @JsonProperty("best_candidate_ms") Double bestCandidateMillis,
                          @JsonProperty("best_clean_candidate_ms") Double bestCleanCandidateMillis,
                          @JsonProperty("median_work_split") Double medianWorkSplit,
                          @JsonProperty("median_cores_available") Double medianCoresAvailable,
                          @JsonProperty("median_baseline_ms") Double medianBaselineMillis,
                          @JsonProperty("median_candidate_ms") Double medianCandidateMillis,
                          @JsonProperty("median_cores_busy") Double medianCoresBusy) {
    }

    /** The machine a grading ran on, and the isolation layers in force (or missing) around the student's code. */
    public record Host(String name, int cores, String java, List<String> isolation) {

        public Host {
            isolation = isolation == null ? List.of() : List.copyOf(isolation);
        }
    }
}
