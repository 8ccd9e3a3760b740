package grader.web.submission;

import grader.InvalidInputException;
import grader.api.files.FileTrees;
import grader.api.files.StagedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Where submissions' files live: {@code DATA/submissions/KEY/}, holding either
 * {@code submission.zip} or the {@code .java} files. An upload is first written to a
 * {@link StagedFolder} beside its place, checked, and then renamed into place whole, so a stored
 * submission is always complete. This server's own workers grade from here.
 *
 * <p>Thread-safe: every upload has its own key, and a stored folder is never changed.
 */
public final class SubmissionFiles implements WorkerFiles {

    static final String ZIP_NAME = "submission.zip";
    /** What {@link StagedFolder} names its folders: hidden, ending in a random part. */
    private static final String STAGED_PREFIX = ".";

    private final Path root;

    public SubmissionFiles(Path dataFolder) {
        this.root = dataFolder.resolve("submissions");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the submission folder under " + dataFolder, e);
        }
    }

    /** Writes an upload to a new staged folder for {@code key}; the caller commits or closes it. */
    public StagedFolder stage(String key, Upload upload) {
        StagedFolder staged = StagedFolder.beside(stored(key));
        try {
            Set<String> names = new HashSet<>();
            for (Upload.NamedBytes file : upload.files()) {
                String name = upload.isZip() ? ZIP_NAME : Upload.baseName(file.name());
                if (!names.add(name)) {
                    throw new InvalidInputException("Two of the uploaded files are named " + name + "; send each class once.");
                }
                Files.write(staged.path().resolve(name), file.content());
            }
            return staged;
        } catch (IOException e) {
            staged.close();
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /** What the engine grades in a staged or stored folder: the zip if there is one, else the folder. */
    public static Path gradable(Path folder) {
        Path zip = folder.resolve(ZIP_NAME);
        return Files.isRegularFile(zip) ? zip : folder;
    }

    public Path stored(String key) {
        return root.resolve(key);
    }

    /** Removes a stored folder whose row did not commit. */
    public void discard(String key) {
        FileTrees.delete(stored(key));
    }

    /** The files are on this disk already: nothing more to keep. */
    @Override
    public void keep(Handle handle, long submissionId, Path folder) {
    }

    @Override
    public Path gradable(long submissionId, String storageKey, Path scratch) {
        return gradable(stored(storageKey));
    }

    /**
     * Staged folders left by a server that stopped mid-upload: those uploads were never
     * acknowledged (no database row), so they are removed at start.
     */
    public void clearStaging() {
        try (Stream<Path> leftovers = Files.list(root)) {
            leftovers.filter(path -> path.getFileName().toString().startsWith(STAGED_PREFIX)).forEach(FileTrees::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the staged uploads in " + root + ": " + e.getMessage(), e);
        }
    }
}
