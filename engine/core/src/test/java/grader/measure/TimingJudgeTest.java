package grader.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.exercise.SpeedupBand;
import grader.exercise.TimingKind;
import grader.exercise.TimingSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict rules on synthetic figures: no clock is read here. */
class TimingJudgeTest {

    private static final TimingSpec SPEEDUP = new TimingSpec("Speedup", "W", TimingKind.SPEEDUP, 4,
            List.of(new SpeedupBand(0.3, 0.5), new SpeedupBand(0.6, 1.0)), 0);
    private final TimingJudge judge = new TimingJudge();

    @Test
    void aClearSpeedupOnFreeCoresEarnsFullCredit() {
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(15, 1.85, 1.95, 2.0));
        assertEquals(1.0, verdict.credit());
        assertTrue(verdict.settled());
    }

    @Test
    void aMiddlingSpeedupEarnsTheLowerBand() {
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(15, 1.4, 1.9, 2.0));
        assertEquals(0.5, verdict.credit());
        assertFalse(verdict.settled(), "a lower band may be a noisy measurement: measure again");
    }

    @Test
    void undividedWorkFailsEvenWhenTheMachineWasBusy() {
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(15, 1.0, 1.01, 1.2));
        assertEquals(0, verdict.credit());
        assertFalse(verdict.inconclusive());
        assertTrue(verdict.settled() && verdict.explanation().contains("not divided"), verdict.explanation());
    }

    @Test
    void aBusyMachineMakesTheVerdictInconclusiveNotAFail() {
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(15, 1.1, 1.95, 1.3));
        assertTrue(verdict.inconclusive(), verdict.explanation());
        assertFalse(verdict.explanation().contains("NaN"), "every figure shown is a number: " + verdict.explanation());
        assertEquals(0, verdict.credit());
    }

    @Test
    void onlyCleanTrialsCount() {
        List<Trial> trials = new ArrayList<>(trials(10, 1.9, 1.95, 2.0));
        trials.addAll(trials(9, 1.0, 1.95, 1.2)); // a hog took a core in these: they must not drag the median
        TimingVerdict verdict = judge.judge(SPEEDUP, new TimingFigures(2, 2, trials, ""));
        assertEquals(1.0, verdict.credit(), verdict.explanation());
    }

    @Test
    void runsSlowedInsideACleanTrialDoNotDragTheVerdict() {
        // The cores were free around these runs, yet something still slowed half of them down: the
        // best times are the undisturbed ones.
        List<Trial> trials = new ArrayList<>(trials(8, 1.9, 1.95, 2.0));
        trials.addAll(trials(8, 1.3, 1.95, 2.0));
        TimingVerdict verdict = judge.judge(SPEEDUP, new TimingFigures(2, 2, trials, ""));
        assertEquals(1.0, verdict.credit(), verdict.explanation());
    }

    @Test
    void divideWorkButWaitForEachThreadInTurnIsTooSlow() {
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(15, 1.05, 1.95, 2.0));
        assertEquals(0, verdict.credit(), verdict.explanation());
        assertTrue(verdict.explanation().startsWith("Too slow"), verdict.explanation());
    }

    @Test
    void aWrongAnswerFailsWhateverTheSpeed() {
        List<Trial> trials = new ArrayList<>(trials(14, 1.9, 1.95, 2.0));
        trials.add(new Trial(100, 50, 100, false, 1.95, 2.0));
        TimingVerdict verdict = judge.judge(SPEEDUP, new TimingFigures(2, 2, trials, ""));
        assertEquals(0, verdict.credit());
        assertTrue(verdict.explanation().contains("differed"), verdict.explanation());
    }

    private static TimingFigures figures(int count, double speedup, double split, double coresAvailable) {
        return new TimingFigures(2, 2, trials(count, speedup, split, coresAvailable), "");
    }

    private static List<Trial> trials(int count, double speedup, double split, double coresAvailable) {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long baseline = 40_000_000L + i;
            trials.add(new Trial(baseline, (long) (baseline / speedup), baseline, true, split, coresAvailable));
        }
        return trials;
    }
}
