package grader.web.testing;

import grader.api.model.Report;
import grader.web.queue.GradeOutcome;
import java.util.List;
import java.util.Map;

/** Gradings' outcomes for tests of the record of grading, built as the engine's report records. */
public final class Outcomes {

    private Outcomes() {
    }

    /** An exercise4 grading with this score, maximum and main speedup, its speedup verdict pending or not. */
    public static GradeOutcome of(double score, double maxScore, double speedup, boolean inconclusive) {
        Report.Figures figures = new Report.Figures(speedup, null, null, null, null, null, null, null, null, null,
                null, null);
        return new GradeOutcome(new Report(score, maxScore, 0, "", List.of(), "exercise4", List.of(new Report.Timing(
                "Speedup on all cores", Report.SPEEDUP_KIND, 1, inconclusive, 2, 2, 1, 1, figures, "")), Map.of(), null, false), 0);
    }
}
