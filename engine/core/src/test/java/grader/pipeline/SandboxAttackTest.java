package grader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import grader.exercise.ExerciseDescriptor;
import grader.exercise.GradingScope;
import grader.exercise.PolicySettings;
import grader.report.GradescopeReport;
import grader.run.Sandbox;
import grader.score.GradeReport;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks that the static rules would refuse, run for real with those rules lifted, to prove the
 * operating-system layer holds on its own: nothing written outside the scratch folder, no
 * connection made, no secret read, nothing left running. Needs bubblewrap; in CI it must be there.
 */
class SandboxAttackTest {

    private static final GradingPipeline PIPELINE = GraderHome.fromSystemProperty().pipeline();
    private static final Exercise SAMPLE = ExerciseCatalog.load(Path.of("src/test/resources/exercises")).find("sample");
    private static final String COUNTER = """
            package sample;

            public final class Counter {
                static {
                    offset = 1; // fails a test, so that what the attack prints shows in the report
                    try {
                        ATTACK
                    } catch (Throwable blocked) {
                        System.out.println("blocked: " + blocked);
                    }
                }

                private static long offset; // set by an attack that wants its output in the report
                private long count;

                public synchronized void increment() {
                    count++;
                }

                public synchronized long get() {
                    return count + offset;
                }

                public static void moveOne(Counter from, Counter to) {
                    synchronized (Counter.class) {
                        from.count--;
                        to.count++;
                    }
                }
            }
            """;

    @TempDir
    Path submission;

    @BeforeAll
    static void requireSandbox() {
        boolean present = Sandbox.detect().isolates();
        if (System.getenv("CI") != null) {
            assertTrue(present, "CI installs bubblewrap; the sandbox must be in force there");
        }
        assumeTrue(present, "bubblewrap is not installed here");
    }

    @Test
    void writingOutsideTheScratchFolderLeavesNoFile() throws IOException {
        Path marker = Path.of(System.getProperty("java.io.tmpdir"), "grader-attack-marker-" + ProcessHandle.current().pid());
        Files.deleteIfExists(marker);
        grade("java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"owned\");");
        assertFalse(Files.exists(marker), "the submission wrote " + marker);
    }

    @Test
    void readingTheHostsFilesShowsNothingInTheReport() throws IOException {
        String report = grade("System.out.println(java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\")));"
                + " System.out.println(java.nio.file.Files.readString(java.nio.file.Path.of(\"" + SAMPLE.folder().toAbsolutePath()
                + "/tests/public/sample/CounterTest.java\")));");
        assertTrue(report.contains("blocked: java.nio.file.NoSuchFileException: /etc/passwd"), report);
        assertFalse(report.contains("root:x:0"), "the report shows /etc/passwd");
        assertFalse(report.contains("class CounterTest"), "the report shows a test's source");
    }

    @Test
    void noConnectionReachesTheHost() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            grade("new java.net.Socket(\"127.0.0.1\", " + server.getLocalPort() + ").getOutputStream().write(1);");
            server.setSoTimeout(200);
            try {
                server.accept().close();
                throw new AssertionError("the submission connected to the host's loopback");
            } catch (SocketTimeoutException expected) {
                // Nobody came.
            }
        }
    }

    @Test
    void aProcessStartedByTheSubmissionDoesNotOutliveTheGrading() throws IOException {
        String marker = "4242" + ProcessHandle.current().pid();
        grade("new ProcessBuilder(\"/usr/bin/sleep\", \"" + marker + "\").start();");
        boolean leftRunning = ProcessHandle.allProcesses()
                .anyMatch(process -> process.info().arguments().map(List::of).orElse(List.of()).contains(marker));
        assertFalse(leftRunning, "a process the submission started is still running");
    }

    @Test
    void theGradersEnvironmentIsNotVisible() throws IOException {
        String home = System.getenv().getOrDefault("HOME", "/root");
        String report = grade("System.out.println(\"env=\" + System.getenv());");
        assertTrue(report.contains("env={"), "the attack's output should be in the report: " + report);
        assertFalse(report.contains("PATH="), "the child's environment should be empty: " + report);
        assertFalse(report.contains("HOME=" + home));
    }

    /** Grades the sample with the attack in a static initialiser and every rule it needs lifted. */
    private String grade(String attack) throws IOException {
        ExerciseDescriptor strict = SAMPLE.descriptor();
        Exercise permissive = new Exercise(new ExerciseDescriptor(strict.id(), strict.title(), strict.packageName(),
                strict.given(), strict.limits(), new PolicySettings(1, List.of("files", "network", "processes",
                "environment")), strict.tests(), strict.timing()), SAMPLE.folder());
        Files.writeString(submission.resolve("Counter.java"), COUNTER.replace("ATTACK", attack));
        GradeReport report = PIPELINE.grade(permissive, submission, GradingScope.ALL);
        assertEquals(List.of(), report.compileErrors());
        return new ObjectMapper().writeValueAsString(new GradescopeReport().toJson(report));
    }
}
