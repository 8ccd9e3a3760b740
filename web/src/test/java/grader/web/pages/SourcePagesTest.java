package grader.web.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.api.model.Report;
import grader.web.account.Role;
import grader.web.queue.GradeOutcome;
import grader.web.submission.RateLimit;
import grader.web.testing.TestJvm;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A submission's source, download and diff over HTTP (a stand-in grader whose report names lines
 * of the submitted file): who may see them, that student source is escaped, that the report's
 * references link to the lines the submission has, and that a diff compares only one student's
 * submissions of one exercise.
 */
class SourcePagesTest {

    /** Hostile on purpose: markup in a comment and in a string, as a student may write it. */
    private static final String FIRST = "package exercise4;\n"
            + "// </script><script>alert(1)</script> <b>not bold</b>\n"
            + "public final class ParallelSum {\n"
            + "  static final String END = \"</td></tr>\";\n"
            + "  public static long sumOfSquares(long[] v, int t) { long s = 0; for (long x : v) s += x * x; return s; }\n"
            + "  public static long sumOfSquaresBelow(long n, int t) { long s = 0; for (long i = 0; i < n; i++) s += i * i; return s; }\n}\n";
    private static final String SECOND = FIRST.replace("int t) { long s = 0; for (long x", "int threads) { long s = 0; for (long x");
    private static final String HELPER = "package exercise4;\nfinal class Helper {\n}\n";
    /** What the stand-in grader reports for every submission: references to a line there is, one past the end, another file. */
    private static final String FEEDBACK = "at exercise4.ParallelSum.sumOfSquares(ParallelSum.java:5); see also ParallelSum.java:99 and Other.java:1";

    private static TestServer server;
    private static WebClient alice;
    private static byte[] firstZip;
    private static long first;
    private static long second;
    private static long bobs;

    @BeforeAll
    static void start() throws InterruptedException {
        server = TestServer.start((exercise, submission) -> new GradeOutcome(Report.fromJson("""
                {"score": 1, "max_score": 2, "execution_time": 0.1, "output": "", "tests": [
                  {"name": "PublicCheck: sums", "score": 1, "max_score": 2, "status": "failed", "output": %s, "visibility": "visible"}]}
                """.formatted("\"" + FEEDBACK + "\"")), 0), 1, RateLimit.standard());
        server.account("prof", Role.INSTRUCTOR);
        server.account("alice", Role.STUDENT);
        server.account("bob", Role.STUDENT);
        alice = loggedIn("alice");
        firstZip = Zips.of(Map.of("src/exercise4/ParallelSum.java", FIRST));
        first = upload(alice, List.of(Map.entry("first.zip", firstZip)));
        second = upload(alice, List.of(Map.entry("ParallelSum.java", SECOND.getBytes(StandardCharsets.UTF_8)),
                Map.entry("Helper.java", HELPER.getBytes(StandardCharsets.UTF_8))));
        bobs = upload(loggedIn("bob"), List.of(Map.entry("bob.zip", Zips.parallelSum())));
        TestJvm.waitFor(() -> alice.get("/submissions/" + first).body().contains("id=\"score\""), 30);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSourceHasNumberedLinkableLinesAndEscapesTheStudentsMarkup() {
        HttpResponse<String> page = alice.get("/submissions/" + first + "/source");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<tr id=\"L5\"><th scope=\"row\"><a href=\"#L5\">5</a></th>"), page.body());
        assertTrue(page.body().contains("// &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;not bold&lt;/b&gt;"), page.body());
        assertTrue(page.body().contains("&quot;&lt;/td&gt;&lt;/tr&gt;&quot;"), page.body());
        assertFalse(page.body().contains("<script>alert(1)"), page.body());
        assertTrue(page.body().contains("uploaded as src/exercise4/ParallelSum.java"), page.body());
    }

    @Test
    void eachFileHasItsOwnViewAndAMissingOneIsNotFound() {
        HttpResponse<String> helper = alice.get("/submissions/" + second + "/source?file=Helper.java");
        assertTrue(helper.body().contains("final class Helper {"), helper.body());
        assertTrue(helper.body().contains("<a href=\"/submissions/" + second + "/source?file=ParallelSum.java\">ParallelSum.java</a>"),
                "the other file is a link away: " + helper.body());

        HttpResponse<String> missing = alice.get("/submissions/" + second + "/source?file=Nothing.java");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Submission #" + second + " has no file named Nothing.java."), missing.body());
    }

    @Test
    void theReportsReferencesLinkToTheLinesTheSubmissionHas() {
        String page = alice.get("/submissions/" + first).body();

        assertTrue(page.contains("at exercise4.ParallelSum.sumOfSquares(<a href=\"/submissions/" + first
                + "/source?file=ParallelSum.java#L5\">ParallelSum.java:5</a>); see also ParallelSum.java:99 and Other.java:1"), page);
    }

    @Test
    void anotherStudentGetsWhatTheyGetForTheSubmissionItselfAndAnInstructorSeesAll() {
        WebClient bob = loggedIn("bob");
        WebClient prof = loggedIn("prof");
        for (String path : List.of("", "/source", "/download", "/diff?with=" + second)) {
            String url = "/submissions/" + first + path;
            assertEquals(404, bob.get(url).statusCode(), url);
            assertEquals(200, prof.get(url).statusCode(), url);
            assertEquals(200, alice.get(url).statusCode(), url);
        }
    }

    @Test
    void theDownloadIsTheUploadAsItCameUnderASafeName() throws IOException {
        HttpResponse<byte[]> zip = alice.download("/submissions/" + first + "/download");
        assertArrayEquals(firstZip, zip.body());
        assertEquals("attachment; filename=\"exercise4-alice-" + first + ".zip\"", zip.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<byte[]> files = alice.download("/submissions/" + second + "/download");
        assertEquals("attachment; filename=\"exercise4-alice-" + second + ".zip\"", files.headers().firstValue("Content-Disposition").orElseThrow());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(files.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName() + "=" + new String(in.readAllBytes(), StandardCharsets.UTF_8).length());
            }
        }
        assertEquals(List.of("Helper.java=" + HELPER.length(), "ParallelSum.java=" + SECOND.length()), names, "several files come zipped");
    }

    @Test
    void theDiffSaysInWordsWhichLinesWereAddedAndRemoved() {
        HttpResponse<String> diff = alice.get("/submissions/" + second + "/diff?with=" + first);

        assertEquals(200, diff.statusCode(), diff.body());
        String body = diff.body();
        assertTrue(body.contains("Submission #" + first + " against #" + second), "older first: " + body);
        assertTrue(body.contains("ParallelSum.java: 1 line(s) added, 1 removed"), body);
        assertTrue(body.contains("Helper.java: new in #" + second), body);
        assertTrue(body.contains("<span class=\"visually-hidden\">removed</span></td><td class=\"code\">  public static long sumOfSquares(long[] v, int t)"), body);
        assertTrue(body.contains("<span class=\"visually-hidden\">added</span></td><td class=\"code\">  public static long sumOfSquares(long[] v, int threads)"), body);
        assertTrue(body.contains("<option value=\"" + first + "\" selected>"), "the form keeps the choice: " + body);
    }

    @Test
    void aDiffWithAnotherStudentsOrTheSameOrNoSubmissionIsRefusedInOneSentence() {
        for (String with : List.of(String.valueOf(bobs), String.valueOf(second), "abc", "")) {
            HttpResponse<String> refused = alice.get("/submissions/" + second + "/diff?with=" + with);
            assertEquals(400, refused.statusCode(), with);
            assertTrue(refused.body().contains("Choose another of alice&#39;s submissions of exercise4 to compare submission #" + second + " with."),
                    with + ": " + refused.body());
            assertFalse(refused.body().contains("class=\"diff\""), with);
        }
    }

    private static WebClient loggedIn(String username) {
        WebClient client = new WebClient(server.url());
        assertEquals(302, client.login(username, TestServer.PASSWORD).statusCode());
        return client;
    }

    private static long upload(WebClient client, List<Map.Entry<String, byte[]>> files) {
        client.get("/exercises/exercise4");
        return WebClient.submissionId(client.submit("exercise4", files));
    }
}
