package grader.api.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A folder written beside its final place and renamed into it whole, so that what the grader
 * makes (a kit, a new exercise) is complete or absent, never half-written. Closing it without
 * {@link #commit()} removes it. Not thread-safe: one writer owns it.
 */
public final class StagedFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** A new, empty hidden folder in {@code target}'s parent folder, which must exist. */
    public static StagedFolder beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            return new StagedFolder(absolute, Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".part"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + target + ": " + e.getMessage(), e);
        }
    }

    /** Where to write the folder's content. */
    public Path path() {
        return staging;
    }

    /** Renames the folder into its place; an empty folder there is replaced, anything else is an error. */
    public void commit() {
        try {
            Files.deleteIfExists(target); // fails, as it should, on a folder that holds anything
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new folder into " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            FileTrees.delete(staging);
        }
    }
}
