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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journey in headless Chromium against the real engine: an instructor logs in and
 * imports a roster, a student logs in, uploads exercise4's reference solution, watches it graded
 * live (no reload: the page's own marker survives) and sees the report; the instructor sees the
 * score in the matrix and the exercise's charts. And broken exercise1 banks graded for real: a
 * failing report's interleaving timeline links a step to the line of the submitted source, and a
 * deadlock's diagnosis links to where each thread waits.
 * Every page on the way passes {@link PageChecks} at 1280 and 375 px wide (axe-core, no sideways
 * scrolling), the real engine's reports included; screenshots go to
 * {@code web/target/screenshots/journey-*.png}.
 */
class BrowserJourneyTest {

    private static final Duration GRADING_LIMIT = Duration.ofMinutes(4);
    private static final Duration PAGE_LOAD = Duration.ofSeconds(10);

    private TestServer server;
    private ChromeDriver browser;
    private PageChecks checks;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        server = TestServer.start(new EngineGrader(TestServer.ENGINE), Runtime.getRuntime().availableProcessors(),
                RateLimit.standard());
        server.account("prof", Role.INSTRUCTOR);
        browser = Chromium.start();
        checks = PageChecks.in(browser, "journey-");
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
        LoginForm.logIn(browser, server.url(), "prof", TestServer.PASSWORD);
        browser.findElement(By.id("roster-csv")).sendKeys("username,name,password\nalice,Alice Liddell,alice-password\n");
        FormButton.press(browser, By.id("import"));
        assertTrue(browser.findElement(By.id("imported")).getText().contains("1 accounts created"));
        checks.inspect("1-instructor-roster-imported");
        LoginForm.logOut(browser);

        LoginForm.logIn(browser, server.url(), "alice", "alice-password");
        browser.findElement(By.linkText("exercise4")).click();
        assertTrue(new WebDriverWait(browser, PAGE_LOAD).until(ExpectedConditions.presenceOfElementLocated(By.id("terms")))
                .getText().contains("No deadline."));
        checks.inspect("2-student-exercise");
        Path solution = GraderHome.fromSystemProperty().root().resolve("solutions/exercise4/reference/exercise4/ParallelSum.java");
        browser.findElement(By.id("files")).sendKeys(solution.toString());
        browser.findElement(By.id("submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, GRADING_LIMIT);
        wait.until(ExpectedConditions.urlMatches("/submissions/\\d+$"));
        browser.executeScript("window.notReloaded = true;");
        wait.until(driver -> driver.findElement(By.id("progress")).getText().startsWith("Being graded")
                || !driver.findElements(By.id("score")).isEmpty());
        checks.inspect("3-student-watching-progress");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.notReloaded === true;"), "the result arrived without a reload");
        assertEquals("Graded.", browser.findElement(By.id("progress")).getText());
        String report = browser.findElement(By.id("result")).getText();
        assertTrue(report.contains("ParallelSumPublicTest") && report.contains("Static rules") && report.contains("Speedup on all cores"), report);
        assertTrue(report.contains("more tests are hidden until your instructor publishes them"), "hidden tests are summarised, not shown, before publication");
        checks.inspect("4-student-report");
        String score = browser.findElement(By.id("score")).getText();
        LoginForm.logOut(browser);

        LoginForm.logIn(browser, server.url(), "prof", TestServer.PASSWORD);
        String matrix = browser.findElement(By.id("matrix")).getText();
        assertTrue(matrix.contains("alice") && matrix.contains(score + "/24"), matrix);
        checks.inspect("5-instructor-matrix");
        checks.check("6-instructor-exercise-charts", server.url() + "/instructor/exercises/exercise4");
        assertEquals("function", browser.executeScript("return typeof Chart;"), "Chart.js loads from its webjar");
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return Chart.getChart(document.getElementById('scores')).data.datasets[0].data.reduce((a, b) => a + b, 0) === 1;"));
        checks.check("7-instructor-submissions", server.url() + "/instructor/submissions?exercise=exercise4");
    }

    /**
     * exercise1's transfer-under-bank-lock variant fails only the model-checked test, whose
     * timeline names the file and line of each step; the instructor (who sees hidden tests) follows
     * a step's link to that line of the submitted source, which the page marks as the target.
     */
    @Test
    void aModelCheckedFailuresTimelineLinksToTheSourceLine() throws IOException {
        instructorSeesGraded(brokenBankOfAlice("transfer-under-bank-lock"));
        List<WebElement> steps = browser.findElements(By.cssSelector("table.timeline td a[href*='/source?file=']"));
        assertTrue(!steps.isEmpty(), "the timeline links its steps to the source: " + browser.findElement(By.id("result")).getText());
        WebElement step = steps.get(0);
        String href = step.getAttribute("href");
        String file = step.getText().substring(0, step.getText().indexOf(':'));
        String line = step.getText().substring(step.getText().indexOf(':') + 1);
        assertTrue(href.endsWith("/source?file=" + file + "#L" + line), href);
        checks.inspect("8-instructor-interleaving-timeline", step);

        step.click();
        new WebDriverWait(browser, PAGE_LOAD).until(ExpectedConditions.urlContains("#L" + line));
        WebElement target = browser.findElement(By.id("L" + line));
        assertEquals("L" + line, browser.executeScript("return document.querySelector(':target').id;"),
                "the linked line is the page's target, which the style sheet marks");
        assertEquals(line, target.findElement(By.tagName("th")).getText().replace("▶", "").strip());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith(file), browser.findElement(By.tagName("h1")).getText());
        checks.inspect("9-instructor-source-line", target);
    }

    /**
     * exercise1's locks-in-argument-order variant deadlocks two opposite transfers; the model
     * checker's diagnosis under the timeline says where each thread waits, each place a link to
     * its line of the submitted source.
     */
    @Test
    void aDeadlockDiagnosisLinksToWhereEachThreadWaits() throws IOException {
        instructorSeesGraded(brokenBankOfAlice("locks-in-argument-order"));
        WebElement diagnosis = browser.findElements(By.cssSelector("p.timeline-summary")).stream()
                .filter(summary -> summary.getText().startsWith("No thread can go on: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no deadlock diagnosis in: " + browser.findElement(By.id("result")).getText()));
        assertTrue(diagnosis.getText().endsWith("Each holds what another waits for."), diagnosis.getText());
        List<WebElement> waits = diagnosis.findElements(By.tagName("a"));
        assertTrue(waits.size() >= 2, "each waiting thread's place is a link: " + diagnosis.getText());
        for (WebElement wait : waits) {
            String[] place = wait.getText().split(":");
            assertTrue(wait.getAttribute("href").endsWith("/source?file=" + place[0] + "#L" + place[1]), wait.getAttribute("href"));
        }
        checks.inspect("10-instructor-deadlock-diagnosis", diagnosis);
    }

    /** Alice's upload of a broken exercise1 bank from {@code solutions/exercise1/broken/VARIANT}; its page. */
    private String brokenBankOfAlice(String variant) throws IOException {
        server.account("alice", Role.STUDENT);
        WebClient alice = new WebClient(server.url());
        alice.login("alice", TestServer.PASSWORD);
        alice.get("/exercises/exercise1");
        Path broken = GraderHome.fromSystemProperty().root().resolve("solutions/exercise1/broken/" + variant + "/exercise1");
        return alice.submit("exercise1", List.of(
                Map.entry("Account.java", Files.readAllBytes(broken.resolve("Account.java"))),
                Map.entry("Bank.java", Files.readAllBytes(broken.resolve("Bank.java")))));
    }

    /** The instructor (who sees hidden tests) on the submission's page, once the report is there. */
    private void instructorSeesGraded(String location) {
        LoginForm.logIn(browser, server.url(), "prof", TestServer.PASSWORD);
        browser.get(server.url() + location);
        new WebDriverWait(browser, GRADING_LIMIT).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
    }
}
