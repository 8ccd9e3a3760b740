package grader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import grader.exercise.ExerciseDescriptor;
import grader.exercise.GradingScope;
import grader.exercise.Limits;
import grader.exercise.PolicySettings;
import grader.report.GradescopeReport;
import grader.policy.StaticRule;
import grader.policy.StaticRules;
import grader.run.ProcessLimits;
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
 * Attacks that the static rules would refuse, run for real with every rule lifted, to prove the
 * layers below them hold on their own: nothing written outside the scratch folder, no connection
 * made, no secret read, nothing left running, no memory or process table exhausted, every grading
 * finished within its limit with a valid report. Needs bubblewrap; in CI it must be there. The
 * thread and native-memory bombs need the cgroup limits and are skipped, saying so, without them.
 */
class SandboxAttackTest {

    private static final GradingPipeline PIPELINE = GraderHome.fromSystemProperty().pipeline();
    private static final ProcessLimits LIMITS = ProcessLimits.detect();
    /** The sample's limits with a shorter run, since some attacks can only be stopped by it. */
    private static final Limits ATTACK_LIMITS = new Limits(128, 3, 20);
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
                HELPERS
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
    void fillingTheScratchFolderStopsAtItsSize() throws IOException {
        String report = grade("""
                byte[] block = new byte[1 << 20];
                for (int file = 0; file < 64; file++) {
                    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of("fill" + file))) {
                        for (int i = 0; i < 60; i++) {
                            out.write(block);
                        }
                    }
                }""");
        assertTrue(report.contains("blocked: java.io.IOException: No space left on device"), report);
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

    @Test
    void aThreadBombStopsBelowTheRunsTaskLimit() throws IOException {
        assumeTrue(LIMITS.confinesGroups(), "no writable cgroups here: the thread limit is not in force");
        String report = grade("""
                for (int i = 0; i < 1_000_000; i++) {
                    new Thread(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } }).start();
                }""");
        // The child stops it below the cgroup's limit, while the JVM still has the threads to say so.
        assertTrue(report.contains("stopped at once: your code had") && report.contains("threads running at once"), report);
        assertTrue(report.contains("\"score\":1.0"), "only the static rules' point: " + report);
        assertNothingOfTheRunLeft();
    }

    @Test
    void aNativeMemoryBombIsKilledAtTheRunsMemoryLimit() throws IOException {
        assumeTrue(LIMITS.confinesGroups(), "no writable cgroups here: the memory limit is not in force");
        // Eight threads fill 512 MB stacks each: 4 GB outside the heap, which -Xmx does not bound.
        String report = grade("""
                for (int i = 0; i < 8; i++) {
                    new Thread(null, () -> {
                        try { dig(0); } catch (StackOverflowError full) { }
                        try { Thread.sleep(600_000); } catch (InterruptedException e) { }
                    }, "digger", 512L << 20).start();
                }
                Thread.sleep(30_000);""".replace("dig(0)", "Counter.dig(0, 0, 0, 0)"),
                "static long dig(long a, long b, long c, long d) { return dig(a + 1, b + a, c + b, d + c) + 1; }");
        assertTrue(report.contains("more memory than its limit"), report);
        assertNothingOfTheRunLeft();
    }

    @Test
    void aHeapBombEndsInTheTestsOwnOutOfMemoryError() throws IOException {
        String report = grade("""
                java.util.List<long[]> hoard = new java.util.ArrayList<>();
                while (hoard.size() >= 0) {
                    hoard.add(new long[1 << 20]);
                }""");
        assertTrue(report.contains("blocked: java.lang.OutOfMemoryError: Java heap space"), report);
    }

    @Test
    void anOutputFloodIsCutAndCostsTheGraderNoMemory() throws IOException {
        // 300 MB without a newline on the real standard output, where the results channel runs.
        String report = grade("""
                java.io.OutputStream raw = new java.io.FileOutputStream(java.io.FileDescriptor.out);
                byte[] block = new byte[1 << 20];
                java.util.Arrays.fill(block, (byte) 'x');
                for (int i = 0; i < 300; i++) {
                    raw.write(block);
                }
                raw.write('\\n');
                raw.flush();
                for (int i = 0; i < 1_000_000; i++) {
                    System.out.println("flood " + i);
                }""");
        assertTrue(report.length() < 200_000, "the report kept " + report.length() + " characters of the flood");
        assertTrue(report.contains("flood 1"), "what it printed first is still shown: " + report);
        assertTrue(report.contains("stopped at once: your code printed more than 4 MB"), report);
    }

    @Test
    void anEndlessStaticInitialiserEndsAtTheTestTimeLimits() throws IOException {
        long start = System.nanoTime();
        String report = grade("while (Counter.offset > 0) { Thread.onSpinWait(); }");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < ATTACK_LIMITS.runTimeoutSeconds() + 10, "took " + seconds + " s");
        assertTrue(report.contains("\"score\":0.0"), report);
        // The first test waits out its limit; the later ones see the class can never be used.
        assertTrue(report.contains("it needs class Counter (thread \\\"test thread\\\" is still in it, at Counter.java:")
                && report.contains("whose static initialiser an earlier test started"), report);
        assertNothingOfTheRunLeft();
    }

    @Test
    void threadsLeftRunningDoNotHoldTheGradingOpen() throws IOException {
        String report = grade("""
                Thread spinner = new Thread(() -> { while (true) { Thread.onSpinWait(); } });
                spinner.setDaemon(false);
                spinner.start();""");
        assertTrue(report.contains("\"tests\""), report);
        assertNothingOfTheRunLeft();
    }

    @Test
    void aResultForgedByAShutdownHookGainsNothing() throws IOException {
        String report = grade("""
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
                    for (int i = 0; i < 20; i++) {
                        out.println("@@grader " + i + " finished c2FtcGxl cGFzc2Vk 00");
                    }
                }));""");
        assertTrue(report.contains("\"score\":0.0"), report);
    }

    /**
     * No process of the run is left, and no cgroup of it. Run cgroups are named after the grader's
     * pid, which tells this JVM's apart from those of other graders running on the machine.
     */
    private static void assertNothingOfTheRunLeft() throws IOException {
        boolean childLeft = ProcessHandle.current().descendants().anyMatch(ProcessHandle::isAlive);
        assertFalse(childLeft, "a process of the run is still alive");
        Path runs = Path.of("/sys/fs/cgroup/pids/grader");
        if (LIMITS.confinesGroups() && Files.isDirectory(runs)) {
            String ours = "run-" + ProcessHandle.current().pid() + "-";
            try (var groups = Files.list(runs)) {
                assertEquals(List.of(), groups.filter(group -> group.getFileName().toString().startsWith(ours)).toList(),
                        "a run's cgroup was left behind");
            }
        }
    }

    private String grade(String attack) throws IOException {
        return grade(attack, "");
    }

    /**
     * Grades the sample with the attack in a static initialiser, {@code helpers} as extra members
     * of the class, and every static rule lifted.
     */
    private String grade(String attack, String helpers) throws IOException {
        ExerciseDescriptor strict = SAMPLE.descriptor();
        Exercise permissive = new Exercise(new ExerciseDescriptor(strict.id(), strict.title(), strict.packageName(),
                strict.given(), ATTACK_LIMITS, new PolicySettings(1, StaticRules.all().stream().map(StaticRule::id).toList()),
                strict.tests(), strict.timing()), SAMPLE.folder());
        Files.writeString(submission.resolve("Counter.java"), COUNTER.replace("ATTACK", attack).replace("HELPERS", helpers));
        GradeReport report = PIPELINE.grade(permissive, submission, GradingScope.ALL);
        assertEquals(List.of(), report.compileErrors());
        return GradescopeReport.of(report).toJson();
    }
}
