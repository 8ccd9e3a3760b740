package grader.web.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Test mains in JVMs of their own, for tests that kill them with SIGKILL, and waiting for what
 * such tests wait for.
 */
public final class TestJvm {

    private TestJvm() {
    }

    /**
     * Starts {@code main} with this JVM's class path and the grader's home, and returns once it
     * printed {@code READY} (it prints nothing else before); its standard error is discarded.
     */
    public static Process start(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgrader.home=" + System.getProperty("grader.home"), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
