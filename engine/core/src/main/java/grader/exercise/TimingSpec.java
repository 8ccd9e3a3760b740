package grader.exercise;

import java.util.Comparator;
import java.util.List;

/**
 * A timing check of an exercise: a workload class (with the exercise's timing sources) that
 * compares the grader's baseline with the submission, and how the figures are graded: bands of
 * efficiency for {@link TimingKind#SPEEDUP}, a largest slowdown for {@link TimingKind#OVERHEAD}.
 * {@code needs} names the tests ({@code Class#method}) that call the code as the workload does, on
 * inputs as large: when one of them timed out, timing would only wait out the limits again, so
 * the timing stage does not run (its checks share one JVM) and every check counts as not
 * measured. A test that was only too slow elsewhere (many small calls, say) does not stop it: the
 * timing stage has a bounded budget of its own.
 */
public record TimingSpec(String name, String workload, TimingKind kind, double points,
                         List<SpeedupBand> bands, double maxSlowdown, List<String> needs) {

    public TimingSpec {
        needs = needs == null ? List.of() : List.copyOf(needs);
        bands = bands == null ? List.of()
                : bands.stream().sorted(Comparator.comparingDouble(SpeedupBand::minEfficiency).reversed()).toList();
    }

    /** The id under which this check appears in reports and variant expectations. */
    public String itemId() {
        return "timing:" + name;
    }
}
