package grader.web.cli;

import grader.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The web front end's commands of {@code ./grader}: {@code serve}, {@code worker}, {@code login}
 * and {@code submit}. The launcher sends these four here and everything else to the engine's CLI.
 * Exit status 2 for bad usage or input, with one sentence on standard error.
 */
@Command(name = "grader", mixinStandardHelpOptions = true,
        subcommands = {ServeCommand.class, WorkerCommand.class, LoginCommand.class, SubmitCommand.class},
        description = "The grader's web front end and its command-line client.")
public final class WebCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine cli = new CommandLine(new WebCli());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof InvalidInputException) {
                commandLine.getErr().println("grader: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
