package grader.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.pipeline.GraderHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        ProcessBuilder builder = new ProcessBuilder("./grader", "check", "exercise3", "--plain")
                .directory(kit.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(CHECK_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the kit's check did not finish");
        }
        return new Check(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** With the system's unzip, as a student would, so that the launcher's mode bits are tested too. */
    private static void unzip(Path zip, Path into) throws IOException, InterruptedException {
        Process unzip = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", into.toString())
                .redirectErrorStream(true).start();
        String output = new String(unzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(unzip.waitFor(1, TimeUnit.MINUTES) && unzip.exitValue() == 0, "unzip failed: " + output);
    }
}
