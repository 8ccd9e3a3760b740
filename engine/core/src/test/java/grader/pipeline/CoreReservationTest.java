package grader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reservation holds across processes: another grader's speedup phase keeps this one's correctness runs out. */
class CoreReservationTest {

    @TempDir
    Path folder;

    @Test
    void aSpeedupPhaseInAnotherProcessKeepsCorrectnessRunsWaiting() throws Exception {
        Path lockFile = folder.resolve("cores.lock");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldCoresExclusively.class.getName(), lockFile.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
             OutputStream release = other.getOutputStream()) {
            assertEquals("held", lines.readLine());
            CoreReservation mine = CoreReservation.machineWide(lockFile);
            CompletableFuture<String> correctness = CompletableFuture.supplyAsync(() -> mine.shared(() -> "ran"));
            // However long this waits, the run must not start while the other process holds the cores.
            Thread.sleep(300);
            assertFalse(correctness.isDone(), "a correctness run started beside another process's speedup phase");
            release.write('\n');
            release.flush();
            assertEquals("ran", correctness.get(30, TimeUnit.SECONDS));
        } finally {
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /** Another grader process: holds the cores exclusively until a line arrives on its standard input. */
    public static final class HoldCoresExclusively {
        public static void main(String[] args) {
            CoreReservation.machineWide(Path.of(args[0])).exclusive(() -> {
                System.out.println("held");
                System.out.flush();
                try {
                    return System.in.read();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
