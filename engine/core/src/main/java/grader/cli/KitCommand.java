package grader.cli;

import grader.exercise.Exercise;
import grader.kit.KitEntry;
import grader.kit.KitWriter;
import grader.kit.StudentKit;
import grader.pipeline.GraderHome;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "kit", mixinStandardHelpOptions = true,
        description = "Makes the student kit: the exercises' statements, starter code and public tests, each "
                + "exercise as a Maven project for the IDE, and the grader with its launchers, prebuilt (a JDK "
                + "is all it needs). Never the hidden tests or the solutions.")
final class KitCommand implements Callable<Integer> {

    private final GraderHome home;

    @Parameters(paramLabel = "EXERCISE", arity = "0..*", description = "The exercises to include (default: all).")
    private List<String> exerciseIds = List.of();

    @Option(names = "--out", required = true, paramLabel = "DIR|FILE.zip",
            description = "Where to write the kit: a new or empty folder, or a .zip file.")
    private Path out;

    KitCommand(GraderHome home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        KitWriter.requireUsable(out);
        List<Exercise> exercises = exerciseIds.isEmpty() ? home.exercises().all()
                : exerciseIds.stream().distinct().map(home.exercises()::find).toList();
        List<KitEntry> entries = StudentKit.entries(home, exercises);
        KitWriter.write(entries, out);
        System.out.printf(Locale.ROOT, "Kit with %s written to %s (%d files). It holds no hidden test and no solution.%n",
                String.join(", ", exercises.stream().map(Exercise::id).toList()), out, entries.size());
        return 0;
    }
}
