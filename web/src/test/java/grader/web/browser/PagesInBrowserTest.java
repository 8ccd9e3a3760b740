package grader.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Account;
import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.MovableClock;
import grader.web.testing.Queries;
import grader.web.testing.TestJvm;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page, as a student, an instructor and a teaching assistant, in headless Chromium (the
 * stand-in grader, so it is quick), passes {@link PageChecks} at 1280 and 375 px wide: no sideways
 * scrolling, the skip link first, no serious or critical axe-core violation. Grading progress is a
 * live region; a submission's source is coloured by highlight.js; a refused upload lands on its
 * page. Screenshots go to {@code web/target/screenshots/pages-*.png}.
 */
class PagesInBrowserTest {

    private static TestServer server;
    private static ChromeDriver browser;
    private static PageChecks checks;
    private static long submission;
    /** Alice's second submission, for the diff with the first. */
    private static long resubmission;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
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

        browser = Chromium.start();
        checks = PageChecks.in(browser, "pages-");
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
            checks.inspect("student-upload-refused");
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
        check("assistant-report", "/submissions/" + submission);
        assertTrue(browser.findElement(By.id("result")).getText().contains(FakeGrader.HIDDEN_TEST), "an assistant sees hidden tests");
        check("assistant-source", "/submissions/" + submission + "/source");
        logOut();
    }

    /** What a student meets when a link or a form leads nowhere: the error page, and a diff refused on its own page. */
    @Test
    void refusalsFitAPhoneAndPassAxe() throws IOException {
        logIn("alice");
        check("error-403", "/instructor");
        assertEquals("Error 403", browser.findElement(By.tagName("h1")).getText());
        check("error-404", "/submissions/999999");
        assertEquals("Error 404", browser.findElement(By.tagName("h1")).getText());
        check("student-diff-refused", "/submissions/" + submission + "/diff?with=999999");
        assertTrue(browser.findElement(By.id("error")).getText().startsWith("Choose another of alice's submissions"),
                browser.findElement(By.id("error")).getText());
        logOut();
    }

    /**
     * The answers of the instructor's forms: a roster imported again (the new account created,
     * the existing one listed by its line), a password reset (the generated one shown once), a
     * refused deadline (the form as typed, with the reason), the confirmation "Regrade every
     * submission" asks for, and a refused override (as typed, with the reason).
     */
    @Test
    void instructorFormAnswersFitAPhoneAndPassAxe() throws IOException {
        logIn("prof");
        browser.get(server.url() + "/instructor");
        browser.findElement(By.id("roster-csv")).sendKeys("username,name\nalice,Alice L\nbert,Bert Hoover\n");
        FormButton.press(browser, By.id("import"));
        String imported = browser.findElement(By.id("imported")).getText();
        assertTrue(imported.contains("1 accounts created.") && imported.contains("line 2: alice (skipped)"), imported);
        checks.inspect("instructor-roster-reimported");

        browser.get(server.url() + "/instructor/accounts");
        browser.findElement(By.id("reset-username")).sendKeys("bert");
        FormButton.press(browser, By.id("reset"));
        assertTrue(browser.findElement(By.id("reset-done")).getText().startsWith("Password of bert reset"));
        assertTrue(browser.findElement(By.id("new-password")).getText().length() >= 8, "the generated password is shown once");
        checks.inspect("instructor-password-reset");

        browser.get(server.url() + "/instructor/exercises/exercise4");
        // A datetime-local field's typing depends on the browser's locale; its value is what the form sends.
        browser.executeScript("document.querySelector('input[name=releaseAt]').value = '2030-02-01T00:00';");
        FormButton.press(browser, By.id("save-terms"));
        assertTrue(browser.findElement(By.id("error")).getText().startsWith("The dates must come in order"),
                browser.findElement(By.id("error")).getText());
        assertEquals("2030-02-01T00:00", browser.findElement(By.name("releaseAt")).getAttribute("value"), "the refused form keeps what was typed");
        checks.inspect("instructor-terms-refused");

        browser.get(server.url() + "/instructor/exercises/exercise4");
        FormButton.press(browser, By.id("regrade-all"));
        WebElement confirmation = browser.findElement(By.id("confirm-regrade"));
        assertTrue(confirmation.getText().startsWith("Regrade all "), confirmation.getText());
        checks.inspect("instructor-regrade-confirmation", confirmation);

        browser.get(server.url() + "/instructor/submissions/" + submission + "/override");
        browser.findElement(By.id("override-score")).clear();
        browser.findElement(By.id("override-score")).sendKeys("lots");
        FormButton.press(browser, By.id("save-override"));
        assertEquals("The score is a number of points such as 7.5, not 'lots'.", browser.findElement(By.id("error")).getText());
        assertEquals("lots", browser.findElement(By.id("override-score")).getAttribute("value"), "the refused form keeps what was typed");
        checks.inspect("instructor-override-refused");
        logOut();
    }

    /**
     * Wrong passwords in the browser, on a server whose clock stands still: the form says the
     * password is wrong; once guesses elsewhere have locked the account, it says when to try again
     * (even for the right password), and once that time has come the right password works.
     */
    @Test
    void aWrongPasswordAndTheLockOutSayWhatToDo() throws IOException {
        MovableClock clock = new MovableClock();
        try (TestServer guarded = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard(), clock)) {
            guarded.account("dora", Role.STUDENT);
            LoginForm.send(browser, guarded.url(), "dora", "not-her-password");
            assertEquals("The username or password is wrong.", browser.findElement(By.id("error")).getText());
            checks.inspect("login-wrong-password");

            WebClient guesser = new WebClient(guarded.url());
            int guesses = 0;
            while (guesser.login("dora", "guess-" + guesses).statusCode() != 429) {
                assertTrue(++guesses < 50, "50 wrong passwords never locked the account");
            }
            LoginForm.send(browser, guarded.url(), "dora", TestServer.PASSWORD);
            String locked = browser.findElement(By.id("error")).getText();
            assertTrue(locked.startsWith("Too many failed logins: try again in 1 second, at "), locked);
            assertEquals("dora", browser.findElement(By.id("username")).getAttribute("value"), "the form keeps the username");
            checks.inspect("login-locked-out");

            clock.advance(Duration.ofSeconds(1));
            LoginForm.logIn(browser, guarded.url(), "dora", TestServer.PASSWORD);
            logOut();
        }
    }

    /**
     * The submission list of a course with more rows than a page holds, filtered by student
     * through its form, on a server that grades nothing (the rows stay queued): the first page
     * links to older rows, the second back to newer ones, both keep the filter.
     */
    @Test
    void theFilteredSubmissionListPagesInTheBrowser() throws IOException {
        try (TestServer course = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard())) {
            course.account("prof", Role.INSTRUCTOR);
            Jdbi jdbi = course.app().database().jdbi();
            Account busy = Queries.student(jdbi);
            Account other = Queries.student(jdbi);
            for (int i = 0; i < 60; i++) {
                Queries.insertQueued(jdbi, busy.id(), 0);
                Queries.insertQueued(jdbi, other.id(), 0);
            }
            LoginForm.logIn(browser, course.url(), "prof", TestServer.PASSWORD);
            browser.get(course.url() + "/instructor/submissions");
            browser.findElement(By.id("student")).sendKeys(busy.username());
            FormButton.press(browser, By.id("filter"));
            List<String> firstPage = students();
            assertTrue(firstPage.size() < 60 && firstPage.stream().allMatch(busy.username()::equals), firstPage.toString());
            assertTrue(browser.findElements(By.id("newer")).isEmpty(), "the first page has nothing newer");
            checks.inspect("instructor-submissions-filtered");

            FormButton.press(browser, By.id("older"));
            List<String> secondPage = students();
            assertEquals(60, firstPage.size() + secondPage.size(), "every row of the student's, on one page or the other");
            assertTrue(secondPage.stream().allMatch(busy.username()::equals), secondPage.toString());
            assertEquals(busy.username(), browser.findElement(By.id("student")).getAttribute("value"), "the filter holds on the next page");
            assertTrue(browser.findElement(By.id("newer")).isDisplayed());
            checks.inspect("instructor-submissions-page-2");
            logOut();
        }
    }

    /** The Student column of the submission list on the page now. */
    private static List<String> students() {
        return browser.findElements(By.cssSelector("table.submissions tr td:nth-child(2)")).stream().map(WebElement::getText).toList();
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
            LoginForm.logIn(browser, first.url(), "carol", TestServer.PASSWORD);
            browser.get(first.url() + location);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(driver -> progressText().startsWith("Next in the queue"));

            first.close();
            wait.until(driver -> progressText().equals("The connection to the server is lost; trying to reconnect…"));
            checks.inspect("live-connection-lost");

            second = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard(), data, port);
            wait.until(driver -> progressText().startsWith("Connected to the server again."));
            assertEquals("Connected to the server again. Next in the queue.", progressText());
            checks.inspect("live-connection-back");
            LoginForm.logOut(browser);
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
        LoginForm.logIn(browser, server.url(), username, TestServer.PASSWORD);
    }

    private static void logOut() {
        LoginForm.logOut(browser);
    }

    private static void check(String name, String path) throws IOException {
        checks.check(name, server.url() + path);
    }
}
