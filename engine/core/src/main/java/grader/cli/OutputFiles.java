package grader.cli;

import grader.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any grading starts, that a report can be written where the user asked. */
final class OutputFiles {

    private OutputFiles() {
    }

    static void requireWritableParent(Path file) {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new InvalidInputException("Cannot write " + file + ": the folder " + parent
                    + " does not exist or is not writable.");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("Cannot write " + file + ": it is a folder.");
        }
    }

    static void requireWritableFolder(Path folder) {
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidInputException("Cannot write reports into " + folder + ": it is not a folder.");
        }
    }
}
