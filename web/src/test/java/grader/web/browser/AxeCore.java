package grader.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * axe-core's script, of a pinned version, from the npm registry ({@code npm pack}, once, into
 * {@code folder}); without npm the browser tests fail and say so.
 */
final class AxeCore {

    private static final String VERSION = "4.14.1";

    private AxeCore() {
    }

    /** axe.min.js, fetched into {@code folder} unless it is there already. */
    static String script(Path folder) throws IOException, InterruptedException {
        Path script = folder.resolve("package/axe.min.js");
        if (!Files.isRegularFile(script)) {
            Files.createDirectories(folder);
            run(folder, "npm", "pack", "axe-core@" + VERSION, "--silent");
            run(folder, "tar", "xzf", "axe-core-" + VERSION + ".tgz", "package/axe.min.js");
        }
        return Files.readString(script, StandardCharsets.UTF_8);
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "the browser tests need axe-core from the npm registry; " + String.join(" ", command)
                + " failed: " + output);
    }
}
