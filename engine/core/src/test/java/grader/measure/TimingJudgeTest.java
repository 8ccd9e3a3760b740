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
            List.of(new SpeedupBand(0.6, 1.0), new SpeedupBand(0.3, 0.5)), 0, List.of());
    private static final long BASELINE = 40_000_000L;
    private final TimingJudge judge = new TimingJudge();

    @Test
    void aClearSpeedupOnFreeCoresEarnsFullCredit() {
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(parallel(12, 1.9, 2.0)));
        assertEquals(1.0, verdict.credit(), verdict.explanation());
        assertTrue(verdict.settled());
        assertFalse(verdict.explanation().contains("NaN"), verdict.explanation());
    }

    @Test
    void aBusyMachineDoesNotMoveTheVerdict() {
        // A hog took a core in every trial: the wall clock shows no speedup, the threads' clocks do.
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(parallel(12, 1.9, 1.0)));
        assertEquals(1.0, verdict.credit(), verdict.explanation());
        assertFalse(verdict.inconclusive());
        assertTrue(verdict.explanation().contains("uses the CPU clocks"), verdict.explanation());
    }

    @Test
    void aMiddlingSpeedupEarnsTheLowerBandAndMayBeMeasuredAgain() {
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(parallel(12, 1.45, 2.0)));
        assertEquals(0.5, verdict.credit(), verdict.explanation());
        assertFalse(verdict.settled(), "a lower band near its bar is measured again");
    }

    @Test
    void undividedWorkFailsEvenWhenTheMachineWasBusy() {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trials.add(trial(BASELINE, BASELINE, 2 * BASELINE, BASELINE, BASELINE, BASELINE, 1.2, 1.95));
        }
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(trials));
        assertEquals(0, verdict.credit());
        assertFalse(verdict.inconclusive());
        assertTrue(verdict.settled() && verdict.explanation().contains("not divided"), verdict.explanation());
    }

    @Test
    void threadsThatRunOneAfterAnotherAreTooSlow() {
        // The work is split in two, but the halves ran in turn: the critical path is all of it.
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trials.add(trial(BASELINE, BASELINE, BASELINE, BASELINE, BASELINE / 2, BASELINE, 2.0, 1.95));
        }
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(trials));
        assertEquals(0, verdict.credit(), verdict.explanation());
        assertTrue(verdict.settled() && verdict.explanation().startsWith("Too slow"), verdict.explanation());
    }

    @Test
    void moreThreadsThanCoresCannotBeatTheCores() {
        // Eight even shares of the work on two cores: at most twice as fast, however short each share.
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trials.add(trial(BASELINE, BASELINE, BASELINE / 2, BASELINE, BASELINE / 8, BASELINE / 8, 2.0, 1.95));
        }
        TimingFigures figures = figures(trials);
        assertEquals(2.0, figures.speedup(), 1e-9);
    }

    @Test
    void coresThatSlowEachOtherDownScaleTheBar() {
        // Hyperthread siblings: the grader's own parallel loop gains only 1.3x, the submission 1.25x.
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(parallel(12, 1.25, 2.0, 1.3)));
        assertEquals(1.0, verdict.credit(), verdict.explanation());
    }

    @Test
    void threadsThatWaitInsteadOfComputingAreJudgedByTheWallClock() {
        // Each call sleeps: the CPU work is split well, yet with the cores free the call is no faster.
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trials.add(trial(BASELINE, BASELINE, BASELINE * 11 / 10, BASELINE, BASELINE / 2, BASELINE / 2, 2.0, 1.95));
        }
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(trials));
        assertEquals(0, verdict.credit(), verdict.explanation());
        assertTrue(verdict.explanation().contains("uses the wall clock"), verdict.explanation());
    }

    @Test
    void aFewTrialsThatSeemedCleanBesideAHogDoNotOverruleTheCpuClocks() {
        // Beside a hog, the probe found the cores free around 3 of 12 runs that the hog still slowed.
        List<Trial> trials = new ArrayList<>(parallel(9, 1.85, 1.0));
        for (int i = 0; i < 3; i++) {
            long path = (long) (BASELINE / 1.85);
            trials.add(trial(BASELINE, BASELINE, (long) (BASELINE / 0.81), 2 * path, path, path, 2.0, 1.95));
        }
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(trials));
        assertEquals(1.0, verdict.credit(), verdict.explanation());
    }

    @Test
    void onlyAMachineThatCannotRunThreadsSideBySideIsInconclusive() {
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(parallel(12, 1.05, 1.0, 1.05)));
        assertTrue(verdict.inconclusive(), verdict.explanation());
        assertEquals(0, verdict.credit());
    }

    @Test
    void aWrongAnswerFailsWhateverTheSpeed() {
        List<Trial> trials = new ArrayList<>(parallel(11, 1.9, 2.0));
        trials.add(new Trial(100, 100, 50, 100, false, 100, 50, 50, 2.0, 1.95));
        TimingVerdict verdict = judge.judge(SPEEDUP, figures(trials));
        assertEquals(0, verdict.credit());
        assertTrue(verdict.explanation().contains("differed"), verdict.explanation());
    }

    private static TimingFigures figures(List<Trial> trials) {
        return new TimingFigures(2, 2, trials, "");
    }

    private static List<Trial> parallel(int count, double cpuSpeedup, double coresAvailable) {
        return parallel(count, cpuSpeedup, coresAvailable, 1.95);
    }

    /** Trials of work split evenly over two threads working at once, on a machine with {@code coresAvailable}. */
    private static List<Trial> parallel(int count, double cpuSpeedup, double coresAvailable, double reference) {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long path = (long) (BASELINE / cpuSpeedup);
            long wall = (long) (path * 2 / coresAvailable);
            trials.add(trial(BASELINE, BASELINE, wall, 2 * path, path, path, coresAvailable, reference));
        }
        return trials;
    }

    private static Trial trial(long baselineNanos, long baselineCpuNanos, long candidateNanos, long threadCpuNanos,
                               long busiestNanos, long criticalPathNanos, double coresAvailable, double reference) {
        return new Trial(baselineNanos, baselineCpuNanos, candidateNanos, threadCpuNanos, true, threadCpuNanos,
                busiestNanos, criticalPathNanos, coresAvailable, reference);
    }
}
