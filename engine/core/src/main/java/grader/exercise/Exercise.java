package grader.exercise;

import java.nio.file.Path;
import java.util.List;

/**
 * An exercise folder and its descriptor. The folder holds {@code README.md} (the statement),
 * {@code starter/} (the student's starting code), {@code given/} (files the grader supplies),
 * {@code tests/public/}, {@code tests/hidden/} and {@code tests/timing/} (sources in package
 * folders), and {@code exercise.json}.
 */
public record Exercise(ExerciseDescriptor descriptor, Path folder) {

    public String id() {
        return descriptor.id();
    }

    public Path starterFolder() {
        return folder.resolve("starter");
    }

    public Path givenFolder() {
        return folder.resolve("given");
    }

    /** The test source folders a grading in {@code scope} compiles, timing workloads included. */
    public List<Path> testSourceFolders(GradingScope scope) {
        Path tests = folder.resolve("tests");
        return scope == GradingScope.ALL
                ? List.of(tests.resolve("public"), tests.resolve("hidden"), tests.resolve("timing"))
                : List.of(tests.resolve("public"), tests.resolve("timing"));
    }
}
