package grader.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.pipeline.GraderHome;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As a new student: the exercise3 kit, unzipped into an empty folder, checked with its own
 * launcher on the starter (something fails) and on the reference solution copied in (all pass).
 * The kit's grader runs from the kit alone: no sources, no Maven, only the JDK running this test.
 */
class KitEndToEndTest {

    private static final GraderHome HOME = GraderHome.fromSystemProperty();
    private static final long CHECK_LIMIT_MINUTES = 5;

    @TempDir
    Path temp;

    @Test
    void theKitsOwnLauncherChecksTheStarterAndASolution() throws Exception {
        Path zip = temp.resolve("exercise3-kit.zip");
        KitWriter.write(StudentKit.entries(HOME, List.of(HOME.exercises().find("exercise3"))), zip);
        Path student = Files.createDirectory(temp.resolve("student"));
        unzip(zip, student);

        Check starter = check(student);
        assertEquals(1, starter.status(), starter.output());
        assertTrue(starter.output().contains("FAIL"), starter.output());
        assertTrue(starter.output().contains("hidden tests run when you submit"), starter.output());

        Files.copy(HOME.root().resolve("solutions/exercise3/reference/exercise3/PoolSizing.java"),
                student.resolve("exercises/exercise3/starter/exercise3/PoolSizing.java"), StandardCopyOption.REPLACE_EXISTING);
        Check solved = check(student);
        assertEquals(0, solved.status(), solved.output());
        assertTrue(solved.output().contains("Score: 5/5"), solved.output());
    }

    private record Check(int status, String output) {
    }

    /** {@code ./grader check exercise3} in the kit, as a student types it, with this test's JDK. */
    private static Check check(Path kit) throws IOException, InterruptedException {
        // Output to a file, not a pipe: a hung check must time out here, not block a read forever.
        Path output = Files.createTempFile(kit.getParent(), "check", ".txt");
        ProcessBuilder builder = new ProcessBuilder("./grader", "check", "exercise3", "--plain")
                .directory(kit.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(CHECK_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the kit's check did not finish: " + Files.readString(output));
        }
        return new Check(process.exitValue(), Files.readString(output));
    }

    /**
     * Unpacks as {@code unzip} does, restoring each file's Unix mode from the zip, so that the
     * launcher runs only if the kit marked it executable. (Java, not the unzip program, which a
     * fresh CI machine may lack.)
     */
    private static void unzip(Path zip, Path into) throws IOException {
        try (FileSystem kit = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("enablePosixFileAttributes", "true"));
             Stream<Path> entries = Files.walk(kit.getPath("/"))) {
            for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                Path file = into.resolve(entry.toString().substring(1));
                Files.createDirectories(file.getParent());
                Files.copy(entry, file);
                Files.setPosixFilePermissions(file, Files.getPosixFilePermissions(entry));
            }
        }
    }
}
