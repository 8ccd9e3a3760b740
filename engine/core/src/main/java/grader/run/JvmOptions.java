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

    /**
     * Added to a correctness run that model-checks. Lincheck reads fields of JDK objects that the
     * tests reach (a lambda's captured comparator, say) and needs these packages open, or it
     * stops with "Non-determinism found"; on Java 21 and later it must also be allowed to load
     * its agent into the running JVM. Student code cannot use the opened packages: the static
     * rules forbid reflection.
     */
    public static List<String> forModelChecking() {
        List<String> options = new ArrayList<>(List.of(
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED",
                "--add-exports", "java.base/jdk.internal.util=ALL-UNNAMED",
                "--add-exports", "java.base/sun.security.action=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 21) {
            options.add("-XX:+EnableDynamicAgentLoading");
        }
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
