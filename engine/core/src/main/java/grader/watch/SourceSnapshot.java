package grader.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Java sources of a submission at one moment: each {@code .java} file under a folder (by
 * relative path) with a digest of its content, or a {@code .zip} file's digest. Content, not
 * modification times, so that a file saved unchanged does not trigger a check and a change within
 * a file system's timestamp granularity is still seen. Immutable.
 */
public record SourceSnapshot(Map<String, String> digests) {

    private static final int ATTEMPTS = 3;

    public SourceSnapshot {
        digests = Map.copyOf(digests);
    }

    /** The sources under {@code submission} now; none if it does not exist (yet, or for the moment). */
    public static SourceSnapshot of(Path submission) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read(submission);
            } catch (IOException | UncheckedIOException e) {
                // Editors save by replacing or renaming files; one may vanish while it is read. Look again.
                if (attempt == ATTEMPTS) {
                    throw new UncheckedIOException("cannot read the sources in " + submission,
                            e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
                }
            }
        }
    }

    private static SourceSnapshot read(Path submission) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        if (Files.isRegularFile(submission)) {
            digests.put(submission.getFileName().toString(), digest(submission));
        } else if (Files.isDirectory(submission)) {
            try (Stream<Path> files = Files.walk(submission)) {
                for (Path file : files.filter(SourceSnapshot::isJavaSource).toList()) {
                    digests.put(submission.relativize(file).toString(), digest(file));
                }
            }
        }
        return new SourceSnapshot(digests);
    }

    private static boolean isJavaSource(Path file) {
        return file.getFileName().toString().endsWith(".java") && Files.isRegularFile(file);
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
