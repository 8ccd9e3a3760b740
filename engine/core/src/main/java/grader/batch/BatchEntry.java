package grader.batch;

import grader.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** One student's submission in a batch folder: a subfolder or a {@code .zip}, named after the student. */
public record BatchEntry(String student, Path path) {

    /** The submissions in {@code folder}, by student name; hidden entries are skipped. */
    public static List<BatchEntry> listIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder + " is not a folder of submissions.");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<BatchEntry> found = entries
                    .filter(path -> Files.isDirectory(path) || isZip(path))
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .map(path -> new BatchEntry(studentName(path), path))
                    .sorted(Comparator.comparing(BatchEntry::student))
                    .toList();
            if (found.isEmpty()) {
                throw new InvalidInputException(folder + " holds no submission (no subfolder and no .zip file).");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** When the submission last changed: its newest file, for a folder. */
    public FileTime lastModified() {
        try (Stream<Path> files = Files.walk(path)) {
            return files.map(BatchEntry::modifiedTime).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static FileTime modifiedTime(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isZip(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static String studentName(Path submission) {
        String name = submission.getFileName().toString();
        return isZip(submission) ? name.substring(0, name.length() - ".zip".length()) : name;
    }
}
