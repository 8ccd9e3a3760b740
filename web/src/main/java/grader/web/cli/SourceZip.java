package grader.web.cli;

import grader.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A folder's {@code .java} files as the zip the server's upload API takes. */
public final class SourceZip {

    private SourceZip() {
    }

    /** The folder's .java files, at their paths inside it, as a zip in memory (intake limits keep it small). */
    public static byte[] of(Path folder) {
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
