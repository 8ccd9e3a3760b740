package grader.score;

import grader.compile.CompilerMessage;
import grader.exercise.GradingScope;
import grader.measure.TimingVerdict;
import grader.policy.Violation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a grading found, ready for the console and JSON reports: the items with their
 * points, the compiler's errors and the static-rule violations if any, intake's notes, the timing
 * verdicts with their figures, how long each stage took, and the machine it ran on. Immutable.
 */
public record GradeReport(String exerciseId, String exerciseTitle, GradingScope scope, List<ReportItem> items,
                          List<CompilerMessage> compileErrors, List<Violation> violations, List<String> notes,
                          List<TimingVerdict> timings, Map<String, Long> stageMillis, HostInfo host) {

    public GradeReport {
        items = List.copyOf(items);
        compileErrors = List.copyOf(compileErrors);
        violations = List.copyOf(violations);
        notes = List.copyOf(notes);
        timings = List.copyOf(timings);
        stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
    }

    public double score() {
        return items.stream().mapToDouble(ReportItem::score).sum();
    }

    public double maxScore() {
        return items.stream().mapToDouble(ReportItem::maxScore).sum();
    }

    public boolean allPassed() {
        return items.stream().allMatch(item -> item.status() == ItemStatus.PASSED);
    }

    public double executionSeconds() {
        return stageMillis.values().stream().mapToLong(Long::longValue).sum() / 1000.0;
    }

    /**
     * The machine a grading ran on, so figures are compared like with like, and the isolation
     * layers that were in force (or missing) around the student's code.
     */
    public record HostInfo(String hostName, int cores, String javaVersion, List<String> isolation) {

        public HostInfo {
            isolation = List.copyOf(isolation);
        }
    }
}
