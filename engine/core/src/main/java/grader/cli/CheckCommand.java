package grader.cli;

import grader.exercise.Exercise;
import grader.exercise.GradingScope;
import grader.pipeline.GraderHome;
import grader.report.ConsoleReport;
import grader.score.GradeReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "The student's local check: compile, static rules, public tests and speedup. "
                + "Exit 0 when all passed, 1 when something failed, 2 for bad usage or input.")
final class CheckCommand implements Callable<Integer> {

    private final GraderHome home;

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "exercise1 … exercise4")
    private String exerciseId;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Your code: a folder or .zip (default: the exercise's starter folder).")
    private Path dir;

    @Option(names = "--plain", description = "No colour, for screen readers and logs.")
    private boolean plain;

    CheckCommand(GraderHome home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        Exercise exercise = home.exercises().find(exerciseId);
        Path submission = dir != null ? dir : exercise.starterFolder();
        System.out.println("Checking " + submission + " …");
        GradeReport report = home.pipeline().grade(exercise, submission, GradingScope.PUBLIC_ONLY);
        System.out.print(new ConsoleReport(Terminal.colour(plain)).render(report));
        return report.allPassed() ? 0 : 1;
    }
}
