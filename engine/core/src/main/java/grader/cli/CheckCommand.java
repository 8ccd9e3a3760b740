package grader.cli;

import grader.InvalidInputException;
import grader.api.Graded;
import grader.api.GradingEngine;
import grader.api.model.GradingListener;
import grader.pipeline.GraderHome;
import grader.watch.ChangeWatcher;
import grader.watch.WatchLoop;
import java.nio.file.Files;
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

    @Option(names = "--watch", description = "Check again each time a .java file changes, until Ctrl-C.")
    private boolean watch;

    CheckCommand(GraderHome home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        Path submission = dir != null ? dir : home.exercises().find(exerciseId).starterFolder();
        GradingEngine engine = GradingEngine.open(home.root());
        boolean colour = Terminal.colour(plain);
        if (!watch) {
            return check(engine, submission, colour).report().allPassed() ? 0 : 1;
        }
        // Bad input stops a single check, but in watch mode only until the student fixes it; a
        // missing exercise or submission, though, is refused at once.
        if (!Files.exists(submission)) {
            throw new InvalidInputException(submission + " does not exist; name your code's folder or .zip with --dir.");
        }
        new WatchLoop(submission, ChangeWatcher.polling(submission), System.out, colour)
                .run(() -> check(engine, submission, colour));
        return 0;
    }

    private Graded check(GradingEngine engine, Path submission, boolean colour) {
        System.out.println("Checking " + submission + " …");
        Graded graded = engine.check(exerciseId, submission, GradingListener.NONE);
        System.out.print(graded.consoleText(colour));
        return graded;
    }
}
