package grader.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.pipeline.GraderHome;
import grader.web.account.Role;
import grader.web.queue.EngineGrader;
import grader.web.submission.RateLimit;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journey in headless Chromium against the real engine: an instructor logs in and
 * imports a roster, a student logs in, uploads exercise4's reference solution, watches it graded
 * live (no reload: the page's own marker survives) and sees the report; the instructor sees the
 * score in the matrix and the exercise's charts. And a broken exercise1 bank graded for real: its
 * report's interleaving timeline links a step to the line of the submitted source. Needs Debian's chromium and chromium-driver
 * ({@code .ci/run} installs them); without them it fails and says so. Screenshots go to
 * {@code web/target/screenshots/}.
 */
class BrowserJourneyTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration GRADING_LIMIT = Duration.ofMinutes(4);

    private TestServer server;
    private WebDriver browser;
    private Path userData;
    private Path screenshots;

    @BeforeEach
    void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver (.ci/run does)");
        GraderHome home = GraderHome.fromSystemProperty();
        server = TestServer.start(new EngineGrader(TestServer.ENGINE), Runtime.getRuntime().availableProcessors(),
                RateLimit.standard());
        server.account("prof", Role.INSTRUCTOR);
        userData = Files.createTempDirectory("chromium-profile");
        screenshots = home.root().resolve("web/target/screenshots");
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + userData);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aStudentSubmitsInTheBrowserAndWatchesItGraded() throws IOException {
        logIn("prof", TestServer.PASSWORD);
        browser.findElement(By.id("roster-csv")).sendKeys("username,name,password\nalice,Alice Liddell,alice-password\n");
        browser.findElement(By.id("import")).click();
        // The click returns before the answer's page has loaded: wait for it rather than race it.
        assertTrue(new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("imported")))
                .getText().contains("1 accounts created"));
        screenshot("1-instructor-roster-imported");
        browser.findElement(By.id("logout")).click();

        logIn("alice", "alice-password");
        browser.findElement(By.linkText("exercise4")).click();
        assertTrue(new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("terms")))
                .getText().contains("No deadline."));
        Path solution = GraderHome.fromSystemProperty().root().resolve("solutions/exercise4/reference/exercise4/ParallelSum.java");
        browser.findElement(By.id("files")).sendKeys(solution.toString());
        browser.findElement(By.id("submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, GRADING_LIMIT);
        wait.until(ExpectedConditions.urlMatches("/submissions/\\d+$"));
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        wait.until(driver -> driver.findElement(By.id("progress")).getText().startsWith("Being graded")
                || !driver.findElements(By.id("score")).isEmpty());
        screenshot("2-student-watching-progress");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"),
                "the result arrived without a reload");
        assertEquals("Graded.", browser.findElement(By.id("progress")).getText());
        String report = browser.findElement(By.id("result")).getText();
        assertTrue(report.contains("ParallelSumPublicTest") && report.contains("Static rules") && report.contains("Speedup on all cores"), report);
        assertTrue(report.contains("more tests are hidden until your instructor publishes them"), "hidden tests are summarised, not shown, before publication");
        screenshot("3-student-report");
        String score = browser.findElement(By.id("score")).getText();
        browser.findElement(By.id("logout")).click();

        logIn("prof", TestServer.PASSWORD);
        String matrix = browser.findElement(By.id("matrix")).getText();
        assertTrue(matrix.contains("alice") && matrix.contains(score + "/24"), matrix);
        screenshot("4-instructor-matrix");
        browser.get(server.url() + "/instructor/exercises/exercise4");
        assertEquals("function", ((JavascriptExecutor) browser).executeScript("return typeof Chart;"), "Chart.js loads from its webjar");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(document.getElementById('scores')).data.datasets[0].data.reduce((a, b) => a + b, 0) === 1;"));
        screenshot("5-instructor-exercise-charts");
        browser.get(server.url() + "/instructor/submissions?exercise=exercise4");
        screenshot("6-instructor-submissions");
    }

    /**
     * exercise1's transfer-under-bank-lock variant fails only the model-checked test, whose
     * timeline names the file and line of each step; the instructor (who sees hidden tests) follows
     * a step's link to that line of the submitted source, which the page marks as the target.
     */
    @Test
    void aModelCheckedFailuresTimelineLinksToTheSourceLine() throws IOException {
        server.account("alice", Role.STUDENT);
        WebClient alice = new WebClient(server.url());
        alice.login("alice", TestServer.PASSWORD);
        alice.get("/exercises/exercise1");
        Path broken = GraderHome.fromSystemProperty().root().resolve("solutions/exercise1/broken/transfer-under-bank-lock/exercise1");
        String location = alice.submit("exercise1", List.of(
                Map.entry("Account.java", Files.readAllBytes(broken.resolve("Account.java"))),
                Map.entry("Bank.java", Files.readAllBytes(broken.resolve("Bank.java")))));

        logIn("prof", TestServer.PASSWORD);
        browser.get(server.url() + location);
        new WebDriverWait(browser, GRADING_LIMIT).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        List<WebElement> steps = browser.findElements(By.cssSelector("table.timeline td a[href*='/source?file=']"));
        assertTrue(!steps.isEmpty(), "the timeline links its steps to the source: " + browser.findElement(By.id("result")).getText());
        WebElement step = steps.get(0);
        String href = step.getAttribute("href");
        String file = step.getText().substring(0, step.getText().indexOf(':'));
        String line = step.getText().substring(step.getText().indexOf(':') + 1);
        assertTrue(href.endsWith("/source?file=" + file + "#L" + line), href);
        screenshotAtBothWidths("7-instructor-interleaving-timeline", step);

        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.findElement(By.cssSelector("table.timeline td a[href*='/source?file=']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#L" + line));
        WebElement target = browser.findElement(By.id("L" + line));
        assertEquals("L" + line, ((JavascriptExecutor) browser).executeScript("return document.querySelector(':target').id;"),
                "the linked line is the page's target, which the style sheet marks");
        assertEquals(line, target.findElement(By.tagName("th")).getText().replace("▶", "").strip());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith(file), browser.findElement(By.tagName("h1")).getText());
        screenshotAtBothWidths("8-instructor-source-line", target);
    }

    /** Screenshots at 1280 and 375 px wide, each scrolled to {@code element}. */
    private void screenshotAtBothWidths(String name, WebElement element) throws IOException {
        for (int width : List.of(1280, 375)) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            screenshot(name + "-" + width);
        }
    }

    private void logIn(String username, String password) {
        browser.get(server.url() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("logging in as " + username + " failed at " + browser.getCurrentUrl() + " with cookies " + browser.manage().getCookies() + "; the page says: " + browser.getPageSource(), e);
        }
    }

    private void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
