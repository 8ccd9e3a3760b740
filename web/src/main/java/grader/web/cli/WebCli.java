package grader.web.cli;

import grader.api.ErrorExits;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The web front end's commands of {@code ./grader}: {@code serve}, {@code worker}, {@code login}
 * and {@code submit}. The launcher sends these four here and everything else to the engine's CLI.
 * They end on an exception as the engine's commands do ({@link ErrorExits}): exit status 2 for bad
 * usage or input, with one sentence on standard error; 3 when the grader itself failed.
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
        cli.setExecutionExceptionHandler(new ErrorExits());
        return cli.execute(args);
    }
}
