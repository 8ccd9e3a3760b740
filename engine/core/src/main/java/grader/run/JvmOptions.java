package grader.run;

import grader.exercise.Limits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options of the two kinds of child JVM; one place, so their limits cannot drift apart. */
public final class JvmOptions {

    private JvmOptions() {
    }

    /**
     * Correctness runs start fast: the C1 compiler only and the serial collector, which also
     * leaves the cores to the student's threads.
     */
    public static List<String> forCorrectness(Limits limits, Path scratch) {
        List<String> options = common(limits, scratch);
        options.add("-XX:TieredStopAtLevel=1");
        options.add("-XX:+UseSerialGC");
        return options;
    }

    /** Timing runs use the full JIT, as a program in production would. */
    public static List<String> forTiming(Limits limits, Path scratch) {
        List<String> options = common(limits, scratch);
        options.add("-XX:+UseParallelGC");
        return options;
    }

    private static List<String> common(Limits limits, Path scratch) {
        return new ArrayList<>(List.of(
                "-Xmx" + limits.heapMegabytes() + "m",
                "-Xss1m",
                "-XX:MaxMetaspaceSize=128m",
                "-XX:MaxDirectMemorySize=64m",
                "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + scratch,
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8"));
    }
}
