package grader.pipeline;

import grader.api.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary folder of one grading: compiled classes and the test JVMs' scratch folder. It is
 * the only place a grading writes to, and closing it removes it whole.
 */
final class Workspace implements AutoCloseable {

    private final Path root;

    Workspace() {
        try {
            root = Files.createTempDirectory("grader-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for grading", e);
        }
    }

    Path submissionClasses() {
        return root.resolve("classes/submission");
    }

    Path testClasses() {
        return root.resolve("classes/tests");
    }

    Path scratch() {
        Path scratch = root.resolve("scratch");
        try {
            return Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        FileTrees.delete(root);
    }
}
