package grader.web.cli;

import grader.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Where {@code ./grader login} keeps the API token: {@code ~/.grader-token}, readable by its owner
 * only, holding the server's address and the token on two lines. {@code GRADER_TOKEN} in the
 * environment takes precedence.
 */
final class TokenFile {

    static final String ENVIRONMENT = "GRADER_TOKEN";

    private TokenFile() {
    }

    static Path location() {
        return Path.of(System.getProperty("user.home"), ".grader-token");
    }

    /** Written whole or not at all, never readable by others even for a moment. */
    static void save(String server, String token) {
        Path file = location();
        try {
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".grader-token", ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(temporary, server + "\n" + token + "\n");
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the token in " + file, e);
        }
    }

    /** The token for {@code server}: from the environment, or saved by a login to that server. */
    static String read(String server) {
        String fromEnvironment = System.getenv(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        Path file = location();
        try {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
            if (lines.size() >= 2 && lines.get(0).equals(server)) {
                return lines.get(1).trim();
            }
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        throw new InvalidInputException("No API token for " + server + ": run ./grader login --server " + server
                + " first, or set " + ENVIRONMENT + ".");
    }
}
