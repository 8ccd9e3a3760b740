package grader.web.cli;

import grader.InvalidInputException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a password for a command: from an environment variable if set (for scripts), else from
 * the terminal without echo, else one line of standard input.
 */
final class Passwords {

    private Passwords() {
    }

    static String read(String environmentVariable, String prompt) {
        String fromEnvironment = System.getenv(environmentVariable);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            if (typed != null) {
                return new String(typed);
            }
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new InvalidInputException("No password given: type it, pipe it on standard input, or set " + environmentVariable + ".");
            }
            return line;
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the password from standard input: " + e.getMessage(), e);
        }
    }
}
