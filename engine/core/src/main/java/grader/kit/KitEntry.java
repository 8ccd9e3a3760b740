package grader.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of a student kit: its path inside the kit ({@code /}-separated, relative), its bytes,
 * and whether it is a program to run (the {@code grader} launcher), which decides its Unix mode.
 */
public record KitEntry(String path, byte[] bytes, boolean executable) {

    public KitEntry {
        if (path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("not a relative kit path: " + path);
        }
        bytes = bytes.clone();
    }

    /** The file's current content under {@code path} in the kit. */
    static KitEntry ofFile(String path, Path file, boolean executable) {
        try {
            return new KitEntry(path, Files.readAllBytes(file), executable);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A file under its own name, at the top of the kit (to be moved where it belongs). */
    static KitEntry ofFile(Path file) {
        return ofFile(file.getFileName().toString(), file, false);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
