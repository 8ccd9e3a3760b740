package grader.cli;

import grader.authoring.ExerciseScaffold;
import grader.pipeline.GraderHome;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new-exercise", mixinStandardHelpOptions = true,
        description = "Lays out a new exercise for its author: exercises/NAME/ (statement, descriptor, starter, "
                + "an empty public and an empty hidden test class, IDE project) and solutions/NAME/ (a reference "
                + "and variants.json). See docs/authoring.md for what to fill in.")
final class NewExerciseCommand implements Callable<Integer> {

    private final GraderHome home;

    @Parameters(index = "0", paramLabel = "NAME", description = "The exercise's id and Java package, e.g. exercise5.")
    private String name;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title students see (default: NAME).")
    private String title;

    @Option(names = "--class", paramLabel = "CLASS",
            description = "The class students write (default: NAME with a capital, e.g. Exercise5).")
    private String className;

    NewExerciseCommand(GraderHome home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        ExerciseScaffold.NewExercise exercise = ExerciseScaffold.NewExercise.named(name, title, className);
        Path folder = ExerciseScaffold.create(home.root(), exercise);
        System.out.println("Created " + home.root().relativize(folder) + "/ and solutions/" + exercise.id() + "/.");
        System.out.println("Next: write the statement, the starter, the tests and their points (docs/authoring.md), "
                + "then: ./grader validate " + exercise.id());
        return 0;
    }
}
