package grader.cli;

import grader.api.Graded;
import grader.api.GradingEngine;
import grader.api.model.GradingListener;
import grader.pipeline.GraderHome;
import grader.report.GradescopeReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "The instructor's full grading of one submission, hidden tests included. "
                + "Exit 0 when graded (whatever the score), 2 for bad usage or input.")
final class GradeCommand implements Callable<Integer> {

    private final GraderHome home;

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "exercise1 … exercise4")
    private String exerciseId;

    @Parameters(index = "1", paramLabel = "SUBMISSION", description = "A folder or .zip of .java files.")
    private Path submission;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the Gradescope-compatible JSON report here.")
    private Path json;

    @Option(names = "--plain", description = "No colour, for screen readers and logs.")
    private boolean plain;

    GradeCommand(GraderHome home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        GradingEngine engine = GradingEngine.open(home.root());
        engine.exercise(exerciseId);
        OutputFiles.requireWritableParent(json);
        Graded graded = engine.grade(exerciseId, submission, GradingListener.NONE);
        System.out.print(graded.consoleText(Terminal.colour(plain)));
        if (json != null) {
            GradescopeReport.write(graded.report(), json);
            System.out.println("Report written to " + json);
        }
        return 0;
    }
}
