package grader.web.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Test mains in JVMs of their own, for tests that kill them with SIGKILL, and waiting for what
 * such tests wait for.
 */
public final class TestJvm {

    private TestJvm() {
    }

    /** Where the JVMs' standard error goes, one file each, to read after a run (SQLITE_BUSY, a lost claim). */
    public static final Path LOGS = Path.of("target", "test-jvms");

    private static final AtomicInteger STARTED = new AtomicInteger();

    /**
     * Starts {@code main} with this JVM's class path and the grader's home, and returns once it
     * printed {@code READY} (it prints nothing else before); its standard error goes to a file of
     * its own in {@link #LOGS}.
     */
    public static Process start(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgrader.home=" + System.getProperty("grader.home"), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(LOGS);
        Path log = LOGS.resolve(main.getSimpleName() + "-" + ProcessHandle.current().pid() + "-" + STARTED.incrementAndGet() + ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            // the main prints nothing else before it is ready
        }
        if (line == null) {
            throw new IllegalStateException(main.getSimpleName() + " ended before it was ready (exit " + process.waitFor() + ")");
        }
        return process;
    }

    /** Waits until {@code condition} holds, checking every 20 ms, or fails after {@code seconds}. */
    public static void waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }
}
