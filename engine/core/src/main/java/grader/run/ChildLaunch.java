package grader.run;

import grader.exercise.Limits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything needed to start one child JVM: its options, class path, entry point and arguments
 * (for the grader's own entry points, the command line of their {@code ChildArguments} record),
 * the folder it runs in, and the exercise's limits, from which follow the wall-clock limit after
 * which its whole process tree is killed and the operating-system limits of {@link ProcessLimits}.
 */
public record ChildLaunch(List<String> jvmOptions, List<Path> classPath, String mainClass, List<String> arguments,
                          Path workingFolder, Limits limits) {

    public ChildLaunch {
        jvmOptions = List.copyOf(jvmOptions);
        classPath = List.copyOf(classPath);
        arguments = List.copyOf(arguments);
    }

    public Duration wallClockLimit() {
        return Duration.ofSeconds(limits.runTimeoutSeconds());
    }

    /** The memory of the JVM and everything it starts: its heap and an allowance for the rest. */
    public long memoryBytes() {
        return (limits.heapMegabytes() + (long) ProcessLimits.NATIVE_ALLOWANCE_MEGABYTES) * 1024 * 1024;
    }

    /**
     * CPU time of the JVM: all cores for the whole wall-clock limit and a little more, so that it
     * only ever stops a run that the grader somehow failed to stop at its wall-clock limit.
     */
    public long cpuSeconds() {
        return (limits.runTimeoutSeconds() + 10L) * Runtime.getRuntime().availableProcessors();
    }
}
