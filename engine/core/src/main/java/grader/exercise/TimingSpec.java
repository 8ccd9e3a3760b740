package grader.exercise;

import java.util.Comparator;
import java.util.List;

/**
 * A timing check of an exercise: a workload class (with the exercise's timing sources) that
 * compares the grader's baseline with the submission, and how the figures are graded: bands of
 * efficiency for {@link TimingKind#SPEEDUP}, a largest slowdown for {@link TimingKind#OVERHEAD}.
 */
public record TimingSpec(String name, String workload, TimingKind kind, double points,
                         List<SpeedupBand> bands, double maxSlowdown) {

    public TimingSpec {
        bands = bands == null ? List.of()
                : bands.stream().sorted(Comparator.comparingDouble(SpeedupBand::minEfficiency).reversed()).toList();
    }

    /** The id under which this check appears in reports and variant expectations. */
    public String itemId() {
        return "timing:" + name;
    }
}
