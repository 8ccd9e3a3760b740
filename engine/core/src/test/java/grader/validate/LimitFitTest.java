package grader.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.exercise.ExerciseDescriptor;
import grader.exercise.Limits;
import grader.exercise.PolicySettings;
import grader.exercise.TestClassSpec;
import grader.exercise.Visibility;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitFitTest {

    private final LimitFit fit = new LimitFit();

    @Test
    void aLimitIsTenTimesTheSlowestCorrectSolutionRoundedUp() {
        fit.record("T#m", 420);
        fit.record("T#m", 1_210);
        fit.record("T#m", 800);

        assertEquals(13, fit.limitSeconds("T#m", 20), "10 × 1.21 s = 12.1 s, rounded up");
    }

    @Test
    void aQuickTestStillGetsTheFloorAndASlowOneAtLeastTheExercisesLimit() {
        fit.record("T#quick", 5);
        fit.record("T#slow", 4_000);

        assertEquals(LimitFit.FLOOR_SECONDS, fit.limitSeconds("T#quick", 20));
        assertEquals(20, fit.limitSeconds("T#slow", 20));
    }

    @Test
    void aTestTooLongForTheFactorGetsThreeTimesItsSlowestAboveTheExercisesLimit() {
        fit.record("T#modelChecked", 9_100);

        assertEquals(28, fit.limitSeconds("T#modelChecked", 10), "3 × 9.1 s = 27.3 s, rounded up");
    }

    @Test
    void aTestNoCorrectSolutionRanKeepsTheExercisesLimit() {
        assertEquals(20, fit.limitSeconds("T#never", 20));
    }

    @Test
    void aDescriptorLimitBelowTheFitIsNamedWithTheTimeThatNeedsMore() {
        TestClassSpec spec = new TestClassSpec("exercise4.SumTest", Visibility.HIDDEN, Map.of("big", 1.0, "small", 1.0),
                List.of(), false, Map.of("big", 5, "small", 5));
        ExerciseDescriptor descriptor = new ExerciseDescriptor("exercise4", "Sum", "exercise4", List.of(),
                new Limits(256, 20, 180), new PolicySettings(1, List.of()), List.of(spec), List.of());
        fit.record("exercise4.SumTest#big", 900);
        fit.record("exercise4.SumTest#small", 40);

        assertEquals(Map.of("exercise4.SumTest#big", "limit 5 s, but a correct solution took 0.90 s"),
                fit.tooTight(descriptor));
        assertTrue(fit.descriptorFragment(descriptor).contains("\"big\": 9"), fit.descriptorFragment(descriptor));
    }
}
