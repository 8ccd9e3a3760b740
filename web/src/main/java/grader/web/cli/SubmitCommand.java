package grader.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import grader.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
        JsonNode state = client.postZip("/api/exercises/" + exercise + "/submissions", token, zip(folder));
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

    /** The folder's .java files, at their paths inside it, as a zip in memory (intake limits keep it small). */
    private static byte[] zip(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("There is no folder " + folder + " to submit.");
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(folder)) {
            sources = files.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
        if (sources.isEmpty()) {
            throw new InvalidInputException("There is no .java file in " + folder + "; name the folder with --dir.");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path source : sources) {
                zip.putNextEntry(new ZipEntry(folder.relativize(source).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(source));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip " + folder, e);
        }
        return bytes.toByteArray();
    }
}
