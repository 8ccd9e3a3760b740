package grader.web.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import grader.api.model.GradeStatus;
import grader.api.model.ReportSummary;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The web's gradebook writes the engine's summary of each best report, in the engine's one status vocabulary. */
class GradebookCsvTest {

    private static BestScore standing(String username, double best) {
        return new BestScore(1, username, username, "exercise4", best, 10, 5, 1.5, 0, 0, best, 1, null);
    }

    @Test
    void eachRowCarriesTheSummarysSpeedupAndStatus() {
        GradebookCsv csv = new GradebookCsv();
        csv.add(standing("ann", 10), new ReportSummary(10, 10, Optional.of(1.846), GradeStatus.GRADED));
        csv.add(standing("ben", 7), new ReportSummary(7, 10, Optional.of(1.1), GradeStatus.PENDING));
        csv.add(standing("cy", 0), new ReportSummary(0, 0, Optional.empty(), GradeStatus.REJECTED));
        csv.addMissing("dee", "Dee", 10);

        assertEquals("student,score,max_score,speedup,status,name,late_days,penalty_percent,override_comment\r\n"
                + "ann,10,10,1.85,graded,ann,0,0,\r\n"
                + "ben,7,10,1.10,pending,ben,0,0,\r\n"
                + "cy,0,10,,rejected,cy,0,0,\r\n"
                + "dee,0,10,,missing,Dee,0,0,\r\n", csv.toCsv());
    }

    @Test
    void aScoreSetByHandIsTheScoreAndItsCommentTheLastColumn() {
        GradebookCsv csv = new GradebookCsv();
        csv.add(new BestScore(1, "ann", "Ann", "exercise4", 9.5, 10, 5, 1.5, 0, 0, 9.5, 1,
                new ScoreOverride(9.5, "Race fixed, see \"notes\"", "prof", 0)),
                new ReportSummary(4, 10, Optional.of(1.5), GradeStatus.GRADED));
        assertEquals("ann,9.50,10,1.50,graded,Ann,0,0,\"Race fixed, see \"\"notes\"\"\"\r\n",
                csv.toCsv().split("\r\n", 2)[1]);
    }
}
