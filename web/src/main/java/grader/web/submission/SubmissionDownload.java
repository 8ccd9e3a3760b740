package grader.web.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A stored submission as its download: the one stored file as it is (the uploaded zip, or a
 * single {@code .java} file), or several {@code .java} files zipped together. {@code fileName}
 * holds only letters, digits, {@code .}, {@code _} and {@code -}, so that it is safe in a
 * {@code Content-Disposition} header whatever the student named their files. Immutable (the
 * content is the caller's to send, not to change).
 */
public record SubmissionDownload(String fileName, String contentType, byte[] content) {

    public String contentDisposition() {
        return "attachment; filename=\"" + fileName + "\"";
    }

    /** The files in {@code folder}, named {@code baseName} (plus the one file's name, when it is a single {@code .java} file). */
    static SubmissionDownload of(Path folder, String baseName) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.sorted().toList();
            if (files.size() == 1) {
                String name = files.get(0).getFileName().toString();
                boolean zip = name.equals(SubmissionFiles.ZIP_NAME);
                return new SubmissionDownload(safe(zip ? baseName + ".zip" : baseName + "-" + name),
                        zip ? "application/zip" : "application/octet-stream", Files.readAllBytes(files.get(0)));
            }
            return new SubmissionDownload(safe(baseName + ".zip"), "application/zip", zipped(files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored submission in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static byte[] zipped(List<Path> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** {@code name} with every character a header or a file system could misread replaced by {@code _}. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
