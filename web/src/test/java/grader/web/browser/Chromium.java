package grader.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.api.files.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium as the browser tests drive it: Debian's chromium and chromium-driver
 * ({@code .ci/run} installs them; without them a test fails and says so), a fresh profile, nothing
 * fetched in the background, 1280 px wide. The profile is removed when the browser quits, so runs
 * leave nothing behind in the temporary folder.
 */
final class Chromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static ChromeDriver start() throws IOException {
        assertTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver (.ci/run does)");
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + PageChecks.WIDE + ",900",
                "--user-data-dir=" + profile);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    FileTrees.delete(profile);
                }
            }
        };
    }
}
