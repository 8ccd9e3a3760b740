package grader.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.pipeline.GraderHome;
import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestJvm;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page, as a student, an instructor and a teaching assistant, in headless Chromium at 1280 and 375 px wide
 * (the stand-in grader, so it is quick): no page scrolls sideways, axe-core finds no serious or
 * critical accessibility violation, the skip link comes first, and grading progress is a live
 * region; a submission's source is coloured by highlight.js; a refused upload lands on its page. Screenshots go to {@code web/target/screenshots/pages-*.png}. axe-core comes from the
 * npm registry ({@code npm pack}, a pinned version, into {@code web/target/axe-core/}); without
 * npm or chromium the test fails and says so.
 */
class PagesInBrowserTest {

    private static final String AXE_VERSION = "4.14.1";
    private static final List<Integer> WIDTHS = List.of(1280, 375);

    private static TestServer server;
    private static ChromeDriver browser;
    private static Path screenshots;
    private static String axe;
    private static long submission;
    /** Alice's second submission, for the diff with the first. */
    private static long resubmission;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Path web = GraderHome.fromSystemProperty().root().resolve("web/target");
        axe = Files.readString(axeCore(web.resolve("axe-core")), StandardCharsets.UTF_8);
        screenshots = Files.createDirectories(web.resolve("screenshots"));
        server = TestServer.start(new FakeGrader(0, 0), 1, RateLimit.standard());
        server.account("prof", Role.INSTRUCTOR);
        server.account("alice", Role.STUDENT);
        WebClient alice = new WebClient(server.url());
        alice.login("alice", TestServer.PASSWORD);
        alice.get("/exercises/exercise4");
        String location = alice.submit("exercise4", List.of(Map.entry("a.zip", Zips.parallelSum())));
        submission = WebClient.submissionId(location);
        TestJvm.waitFor(() -> alice.get(location).body().contains("id=\"score\""), 30);
        String changed = Zips.PARALLEL_SUM.replace("long s = 0; for (long x : v)", "long sum = 0; for (long x : v)")
                .replace("s += x * x; return s;", "sum += x * x; return sum;");
        String relocation = alice.submit("exercise4", List.of(Map.entry("b.zip", Zips.of(Map.of("exercise4/ParallelSum.java", changed)))));
        resubmission = WebClient.submissionId(relocation);
        // What a running course adds to the pages: an extension in the exercise's list, a score set by hand.
        server.account("tess", Role.ASSISTANT);
        WebClient prof = new WebClient(server.url());
        prof.login("prof", TestServer.PASSWORD);
        prof.get("/instructor/exercises/exercise4");
        prof.postForm("/instructor/exercises/exercise4/terms", Map.of("dueAt", "2030-01-01T00:00", "latePolicy", "penalty", "penaltyPercent", "10"));
        prof.postForm("/instructor/exercises/exercise4/extensions", Map.of("username", "alice", "dueAt", "2030-01-03T00:00"));
        prof.get("/instructor/submissions/" + submission + "/override");
        prof.postForm("/instructor/submissions/" + submission + "/override", Map.of("score", "9", "comment", "Checked by hand: the race is fixed."));

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-pages"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
    }

    /** axe.min.js of the pinned version, fetched once with npm into {@code folder}. */
    private static Path axeCore(Path folder) throws IOException, InterruptedException {
        Path script = folder.resolve("package/axe.min.js");
        if (Files.isRegularFile(script)) {
            return script;
        }
        Files.createDirectories(folder);
        run(folder, "npm", "pack", "axe-core@" + AXE_VERSION, "--silent");
        run(folder, "tar", "xzf", "axe-core-" + AXE_VERSION + ".tgz", "package/axe.min.js");
        return script;
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "the browser test needs axe-core from the npm registry; " + String.join(" ", command)
                + " failed: " + output);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void studentPagesFitAPhoneAndPassAxe() throws IOException {
        check("login", "/login");
        logIn("alice");
        check("student-exercises", "/exercises");
        check("student-exercise", "/exercises/exercise4");
        check("student-report", "/submissions/" + submission);
        assertEquals("status", browser.findElement(By.id("progress")).getAttribute("role"), "grading progress is a live region");
        assertEquals("polite", browser.findElement(By.id("progress")).getAttribute("aria-live"));
        check("student-source", "/submissions/" + submission + "/source");
        assertEquals(Boolean.TRUE, browser.executeScript("return document.querySelector('#source td.code span.hljs-keyword') !== null;"),
                "highlight.js coloured the source");
        check("student-diff", "/submissions/" + resubmission + "/diff?with=" + submission);
        assertEquals(Boolean.TRUE, browser.executeScript("return document.querySelector('table.diff td.code span.hljs-keyword') !== null;"),
                "highlight.js coloured the diff");
        logOut();
    }

    /**
     * A 30 MB file chosen in the upload form, as a student would: the browser lands back on the
     * exercise page, which says why, with the form to try again (not a bare "Error 413" page, nor
     * a reset connection while the browser is still sending).
     */
    @Test
    void aRefusedUploadShowsOnTheExercisePage() throws IOException {
        Path huge = Files.createTempFile("ParallelSum", ".zip");
        try {
            Files.write(huge, new byte[30 * 1024 * 1024]);
            logIn("alice");
            browser.get(server.url() + "/exercises/exercise4");
            browser.findElement(By.id("files")).sendKeys(huge.toString());
            browser.findElement(By.id("submit")).click();
            String error;
            try {
                error = new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText();
            } catch (TimeoutException e) {
                throw new AssertionError("the browser did not come back to the exercise page; at " + browser.getCurrentUrl()
                        + " it shows: " + browser.findElement(By.tagName("body")).getText(), e);
            }
            assertTrue(error.startsWith("The upload is larger than 20 MB, the most the server takes"), error);
            assertTrue(browser.findElement(By.id("files")).isDisplayed(), "the upload form is right there to try again");
            inspect("student-upload-refused", "/exercises/exercise4 after a 30 MB upload");
            logOut();
        } finally {
            Files.delete(huge);
        }
    }

    @Test
    void instructorPagesFitAPhoneAndPassAxe() throws IOException {
        logIn("prof");
        check("instructor-matrix", "/instructor");
        check("instructor-exercise", "/instructor/exercises/exercise4");
        check("instructor-submissions", "/instructor/submissions");
        check("instructor-workers", "/instructor/workers");
        check("instructor-report", "/submissions/" + submission);
        check("instructor-source", "/submissions/" + submission + "/source#L3");
        check("instructor-diff", "/submissions/" + submission + "/diff?with=" + resubmission);
        check("instructor-override", "/instructor/submissions/" + submission + "/override");
        check("instructor-accounts", "/instructor/accounts");
        logOut();
    }

    @Test
    void assistantPagesFitAPhoneAndPassAxe() throws IOException {
        logIn("tess");
        check("assistant-matrix", "/instructor");
        check("assistant-exercise", "/instructor/exercises/exercise4");
        check("assistant-override", "/instructor/submissions/" + submission + "/override");
        logOut();
    }

    /**
     * The live page of a submission that waits in the queue (the servers grade nothing) while its
     * server stops and starts again on the same port and data: the live region says the connection
     * is lost, then that it is back, and the page passes the same checks in both states.
     */
    @Test
    void theLivePageSaysWhenTheConnectionIsLostAndWhenItIsBack() throws IOException {
        Path data = Files.createTempDirectory("grader-live-page");
        TestServer first = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard(), data, 0);
        int port = URI.create(first.url()).getPort();
        TestServer second = null;
        try {
            first.account("carol", Role.STUDENT);
            WebClient carol = new WebClient(first.url());
            carol.login("carol", TestServer.PASSWORD);
            carol.get("/exercises/exercise4");
            String location = carol.submit("exercise4", List.of(Map.entry("a.zip", Zips.parallelSum())));
            logIn(first.url(), "carol");
            browser.get(first.url() + location);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(driver -> progressText().startsWith("Next in the queue"));

            first.close();
            wait.until(driver -> progressText().equals("The connection to the server is lost; trying to reconnect…"));
            inspect("live-connection-lost", location);

            second = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard(), data, port);
            wait.until(driver -> progressText().startsWith("Connected to the server again."));
            assertEquals("Connected to the server again. Next in the queue.", progressText());
            inspect("live-connection-back", location);
            browser.manage().window().setSize(new Dimension(1280, 1000));
            browser.findElement(By.id("logout")).click();
        } finally {
            if (second != null) {
                second.close();
            }
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static String progressText() {
        return browser.findElement(By.id("progress")).getText().strip();
    }

    private static void logIn(String username) {
        logIn(server.url(), username);
    }

    private static void logIn(String base, String username) {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private static void logOut() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.findElement(By.id("logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    }

    /** Loads {@code path} at each width: a screenshot, no sideways scrolling, the skip link first, no serious axe finding. */
    private static void check(String name, String path) throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(server.url() + path);
            inspectAtThisWidth(name, path, width);
        }
    }

    /** As {@link #check}, on the page as it is now, without loading it again. */
    private static void inspect(String name, String path) throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            inspectAtThisWidth(name, path, width);
        }
    }

    /** At the window's width now: a screenshot, no sideways scrolling, the skip link first, no serious axe finding. */
    private static void inspectAtThisWidth(String name, String path, int width) throws IOException {
        JavascriptExecutor js = browser;
        Files.write(screenshots.resolve("pages-" + name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        Object overflow = js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), path + " scrolls sideways at " + width + " px");
        assertEquals("skip", js.executeScript("return document.querySelector('a[href], button, input, select, textarea').className;"),
                path + ": the skip link comes first");
        js.executeScript(axe);
        Object violations = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
        assertEquals(List.of(), violations, path + " at " + width + " px");
    }
}
