package grader.api;

import grader.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * How every command line of the grader ends on an exception, so {@code ./grader}'s commands all
 * answer alike whichever module runs them: bad input is exit status 2 with its one sentence; any
 * other exception is the grader's own fault, exit status 3 with one line (the stack trace only
 * with {@code GRADER_DEBUG} set). Stateless, so one instance serves every command line.
 */
public final class ErrorExits implements IExecutionExceptionHandler {

    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    @Override
    public int handleExecutionException(Exception exception, CommandLine line, ParseResult parsed) {
        PrintWriter err = line.getErr();
        if (exception instanceof InvalidInputException) {
            err.println("grader: " + exception.getMessage());
            return BAD_INPUT;
        }
        // A fault of the grader or its installation, not of the input: say so in one line,
        // and keep the stack trace for whoever debugs it.
        err.println("grader: internal error: " + exception);
        if (System.getenv("GRADER_DEBUG") != null) {
            exception.printStackTrace(err);
        } else {
            err.println("(set GRADER_DEBUG=1 to see the stack trace)");
        }
        return INTERNAL_ERROR;
    }
}
