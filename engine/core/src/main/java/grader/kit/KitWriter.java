package grader.kit;

import grader.InvalidInputException;
import grader.api.files.StagedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a kit to a {@code .zip} file or a folder, whole or not at all: everything goes to a
 * temporary file or folder beside the target, which is renamed into place only once complete, so
 * an interrupted or failed run leaves no half-made kit. The launcher keeps its permission to run,
 * in a zip too (Unix mode bits, which {@code unzip} and macOS restore).
 */
public final class KitWriter {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private KitWriter() {
    }

    /** Whether {@code out} names a zip file rather than a folder. */
    public static boolean isZip(Path out) {
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Refuses, before any work, a target the kit cannot go to: a missing or read-only parent
     * folder, a zip name that is a folder, a folder that already holds files.
     */
    public static void requireUsable(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new InvalidInputException("Cannot write the kit to " + out + ": its folder " + parent
                    + " does not exist or is not writable.");
        }
        if (isZip(out) && Files.isDirectory(absolute)) {
            throw new InvalidInputException("Cannot write the kit to " + out + ": it is a folder, not a .zip file.");
        }
        if (!isZip(out) && Files.exists(absolute) && !isEmptyFolder(absolute)) {
            throw new InvalidInputException("Cannot write the kit to " + out
                    + ": it exists and is not an empty folder; name a new folder or a .zip file.");
        }
    }

    public static void write(List<KitEntry> entries, Path out) {
        requireUsable(out);
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        try {
            if (isZip(out)) {
                Path partial = Files.createTempFile(parent, "." + target.getFileName(), ".part");
                try {
                    writeZip(entries, partial);
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
            } else {
                try (StagedFolder staged = StagedFolder.beside(target)) {
                    writeFolder(entries, staged.path());
                    staged.commit(); // replaces only an empty folder (see requireUsable)
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kit to " + out + ": " + e.getMessage(), e);
        }
    }

    private static void writeZip(List<KitEntry> entries, Path zip) throws IOException {
        Files.delete(zip); // the zip file system creates it afresh
        Map<String, String> options = Map.of("create", "true", "enablePosixFileAttributes", "true");
        try (FileSystem kit = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), options)) {
            for (KitEntry entry : entries) {
                Path file = kit.getPath(entry.path());
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.write(file, entry.bytes());
                Files.setPosixFilePermissions(file, entry.executable() ? EXECUTABLE : READABLE);
            }
        }
    }

    private static void writeFolder(List<KitEntry> entries, Path folder) throws IOException {
        // A temporary folder is private to its creator; the kit is for handing out.
        setPermissions(folder, EXECUTABLE);
        for (KitEntry entry : entries) {
            Path file = folder.resolve(entry.path());
            Files.createDirectories(file.getParent());
            Files.write(file, entry.bytes());
            setPermissions(file, entry.executable() ? EXECUTABLE : READABLE);
        }
    }

    /** Sets Unix permissions where the file system has them (not on Windows). */
    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView unix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (unix != null) {
            unix.setPermissions(permissions);
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
