package grader.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything needed to start one child JVM: its options, class path, entry point and arguments,
 * the folder it runs in, and the wall-clock limit after which its whole process tree is killed.
 */
public record ChildLaunch(List<String> jvmOptions, List<Path> classPath, String mainClass, List<String> arguments,
                          Path workingFolder, Duration wallClockLimit) {

    public ChildLaunch {
        jvmOptions = List.copyOf(jvmOptions);
        classPath = List.copyOf(classPath);
        arguments = List.copyOf(arguments);
    }
}
