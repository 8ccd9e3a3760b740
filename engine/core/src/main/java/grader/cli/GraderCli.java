package grader.cli;

import grader.api.ErrorExits;
import grader.pipeline.GraderHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code grader} command line. Exit statuses follow the contract: 0 success, 1 a check that
 * found failures, 2 bad usage or input (with one sentence on standard error); and 3, outside the
 * contract, when the grader itself failed.
 */
@Command(name = "grader", mixinStandardHelpOptions = true, version = "grader 0.1",
        description = "Grades concurrency exercises: compile, static rules, tests in isolated JVMs, speedup.",
        subcommands = {ListCommand.class, CheckCommand.class, GradeCommand.class, GradeAllCommand.class,
                ValidateCommand.class, KitCommand.class, NewExerciseCommand.class},
        footer = {"", "Web front end: serve, login and submit (each takes --help; see docs/web.md)."})
public final class GraderCli implements Runnable {

    public static final int BAD_INPUT = ErrorExits.BAD_INPUT;
    public static final int INTERNAL_ERROR = ErrorExits.INTERNAL_ERROR;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Name a command: list, check, grade, grade-all, validate, kit, new-exercise, serve, login or submit.");
    }

    public static void main(String[] args) {
        System.exit(run(GraderHome.fromSystemProperty(), args));
    }

    /** Runs the command line against {@code home}; returns the exit status. */
    public static int run(GraderHome home, String... args) {
        CommandLine commandLine = new CommandLine(new GraderCli(), new CommandFactory(home));
        commandLine.setExecutionExceptionHandler(new ErrorExits());
        return commandLine.execute(args);
    }

    /** Gives each command the grader home, explicitly, instead of a global. */
    private record CommandFactory(GraderHome home) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ListCommand.class) {
                return type.cast(new ListCommand(home));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(home));
            }
            if (type == GradeCommand.class) {
                return type.cast(new GradeCommand(home));
            }
            if (type == GradeAllCommand.class) {
                return type.cast(new GradeAllCommand(home));
            }
            if (type == ValidateCommand.class) {
                return type.cast(new ValidateCommand(home));
            }
            if (type == KitCommand.class) {
                return type.cast(new KitCommand(home));
            }
            if (type == NewExerciseCommand.class) {
                return type.cast(new NewExerciseCommand(home));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
