package grader.cli;

import grader.exercise.Exercise;
import grader.exercise.GradingScope;
import grader.pipeline.GraderHome;
import grader.report.PointsFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the exercises, with title and points.")
final class ListCommand implements Callable<Integer> {

    private final GraderHome home;

    ListCommand(GraderHome home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        for (Exercise exercise : home.exercises().all()) {
            System.out.printf(Locale.ROOT, "%-10s  %-28s  %s points%n", exercise.id(), exercise.descriptor().title(),
                    PointsFormat.format(exercise.descriptor().maxScore(GradingScope.ALL)));
        }
        return 0;
    }
}
