package grader.cli;

import grader.exercise.Exercise;
import grader.exercise.GradingScope;
import grader.pipeline.GraderHome;
import grader.api.model.PointsFormat;
import java.util.List;
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
        List<Exercise> exercises = home.exercises().all();
        // Columns as wide as their longest entry, so that no title pushes its points out of line.
        int idWidth = exercises.stream().mapToInt(exercise -> exercise.id().length()).max().orElse(1);
        int titleWidth = exercises.stream().mapToInt(exercise -> exercise.descriptor().title().length()).max().orElse(1);
        for (Exercise exercise : exercises) {
            System.out.printf(Locale.ROOT, "%-" + idWidth + "s  %-" + titleWidth + "s  %s points%n", exercise.id(),
                    exercise.descriptor().title(), PointsFormat.format(exercise.descriptor().maxScore(GradingScope.ALL)));
        }
        return 0;
    }
}
