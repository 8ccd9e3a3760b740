package grader.web.submission;

import grader.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where submissions' files live: {@code DATA/submissions/KEY/}, holding either
 * {@code submission.zip} or the {@code .java} files. An upload is first written to a staging
 * folder, checked, and then moved into place in one atomic rename, so a stored submission is
 * always complete. Thread-safe: every upload has its own key.
 */
public final class SubmissionFiles {

    private static final String ZIP_NAME = "submission.zip";

    private final Path root;
    private final Path staging;

    public SubmissionFiles(Path dataFolder) {
        this.root = dataFolder.resolve("submissions");
        this.staging = dataFolder.resolve("staging");
        try {
            Files.createDirectories(root);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the submission folders under " + dataFolder, e);
        }
    }

    /** Writes an upload to a new staging folder and returns it; the caller commits or discards it. */
    public Path stage(String key, Upload upload) {
        Path folder = staging.resolve(key);
        try {
            Files.createDirectory(folder);
            Set<String> names = new HashSet<>();
            for (Upload.NamedBytes file : upload.files()) {
                String name = upload.isZip() ? ZIP_NAME : Upload.baseName(file.name());
                if (!names.add(name)) {
                    throw new InvalidInputException("Two of the uploaded files are named " + name + "; send each class once.");
                }
                Files.write(folder.resolve(name), file.content());
            }
            return folder;
        } catch (IOException e) {
            discard(folder);
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            discard(folder);
            throw e;
        }
    }

    /** What the engine grades in a staged or stored folder: the zip if there is one, else the folder. */
    public static Path gradable(Path folder) {
        Path zip = folder.resolve(ZIP_NAME);
        return Files.isRegularFile(zip) ? zip : folder;
    }

    /** Moves a staged folder into place in one rename. */
    public Path commit(String key) {
        try {
            return Files.move(staging.resolve(key), root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        }
    }

    public Path stored(String key) {
        return root.resolve(key);
    }

    /** Removes a staged or stored folder and everything in it; a missing folder is fine. */
    public static void discard(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder + ": " + e.getMessage(), e);
        }
    }

    public void discardStaged(String key) {
        discard(staging.resolve(key));
    }

    /**
     * Staging left by a server that stopped mid-upload: those uploads were never acknowledged
     * (no database row), so they are removed at start.
     */
    public void clearStaging() {
        try (Stream<Path> leftovers = Files.list(staging)) {
            leftovers.forEach(SubmissionFiles::discard);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + staging + ": " + e.getMessage(), e);
        }
    }
}
