package grader.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./grader submit EXERCISE [--dir DIR] --server URL}: zips the folder's {@code .java}
 * files, submits them, and with {@code --wait} follows the grading to its score.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submits the .java files of a folder to a grading server (token from ./grader login or GRADER_TOKEN).")
public final class SubmitCommand implements Callable<Integer> {

    private static final long POLL_MILLIS = 2000;

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "exercise1 … exercise4")
    String exercise;

    @Option(names = "--dir", description = "the folder to submit (default: the current folder)", defaultValue = ".")
    Path folder;

    @Option(names = "--server", required = true, description = "the server, e.g. http://localhost:7070")
    String server;

    @Option(names = "--wait", description = "wait until it is graded and print the score")
    boolean await;

    @Override
    public Integer call() throws InterruptedException {
        ServerClient client = new ServerClient(server);
        String token = TokenFile.read(client.server());
        JsonNode state = client.postZip("/api/exercises/" + exercise + "/submissions", token, SourceZip.of(folder));
        long id = state.path("id").asLong();
        System.out.println("Submitted as #" + id + ": " + client.server() + state.path("url").asText()
                + (state.has("position") ? " (position " + state.path("position").asInt() + " in the queue)" : ""));
        while (await && !state.path("status").asText().equals("graded") && !state.path("status").asText().equals("error")) {
            Thread.sleep(POLL_MILLIS);
            state = client.get("/api/submissions/" + id, token);
        }
        if (state.has("score")) {
            System.out.println("Score: " + state.path("score").asDouble() + " / " + state.path("max_score").asDouble()
                    + (state.path("late_penalty").asDouble() > 0 ? " (after the late penalty)" : ""));
        } else if (await) {
            System.out.println("The grader could not grade it; it costs you no attempt. Ask your instructor.");
        }
        return 0;
    }
}
