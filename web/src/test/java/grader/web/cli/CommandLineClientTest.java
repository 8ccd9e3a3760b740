package grader.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestServer;
import grader.web.testing.Zips;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./grader login} and {@code ./grader submit} against a running server: the token is saved
 * for its owner only, a submission is graded and its score printed, bad input is one sentence
 * with exit status 2, and the grader's own failure one line with exit status 3.
 */
class CommandLineClientTest {

    private TestServer server;
    private String home;
    private InputStream stdin;
    private PrintStream stdout;
    private PrintStream stderr;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(new FakeGrader(0, 0), 1, RateLimit.standard());
        server.account("alice", Role.STUDENT);
        home = System.getProperty("user.home");
        System.setProperty("user.home", Files.createTempDirectory("grader-home").toString());
        stdin = System.in;
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setProperty("user.home", home);
        System.setIn(stdin);
        System.setOut(stdout);
        System.setErr(stderr);
        server.close();
    }

    @Test
    void loginSavesATokenAndSubmitWaitsForTheScore() throws Exception {
        System.setIn(new ByteArrayInputStream((TestServer.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, WebCli.run(new String[] {"login", "--server", server.url(), "--user", "alice"}), err.toString());
        Path token = Path.of(System.getProperty("user.home"), ".grader-token");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token)));

        Path folder = Files.createTempDirectory("submission");
        Files.createDirectories(folder.resolve("src/exercise4"));
        Files.writeString(folder.resolve("src/exercise4/ParallelSum.java"), Zips.PARALLEL_SUM);
        assertEquals(0, WebCli.run(new String[] {"submit", "exercise4", "--dir", folder.toString(), "--server", server.url(), "--wait"}),
                err.toString());
        assertTrue(out.toString().contains("Submitted as #1"), out.toString());
        assertTrue(out.toString().contains("Score: 7.0 / 10.0"), out.toString());
    }

    @Test
    void badInputIsOneSentenceAndExitStatusTwo() throws Exception {
        assertEquals(2, WebCli.run(new String[] {"submit", "exercise4", "--server", server.url()}));
        assertTrue(err.toString().contains("No API token for " + server.url()), err.toString());
        System.setIn(new ByteArrayInputStream("wrong-password\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, WebCli.run(new String[] {"login", "--server", server.url(), "--user", "alice"}));
        assertTrue(err.toString().contains("The username or password is wrong."), err.toString());
        assertEquals(2, WebCli.run(new String[] {"login", "--server", "localhost:1", "--user", "alice"}));
        assertTrue(err.toString().contains("--server takes the server's address"), err.toString());
    }

    @Test
    void aWorkerRefusesADatabaseOtherMachinesCannotShareOrReach() {
        assertEquals(2, WebCli.run(new String[] {"worker", "--db", "jdbc:sqlite:/tmp/grader.db"}));
        assertTrue(err.toString().contains("A grading worker needs the course's shared PostgreSQL database"), err.toString());
        assertEquals(2, WebCli.run(new String[] {"worker", "--db", "jdbc:postgresql://127.0.0.1:1/grader?user=grader&connectTimeout=2"}));
        assertTrue(err.toString().contains("Cannot use the database named by --db"), err.toString());
    }

    @Test
    void anInternalErrorIsExitStatusThreeInOneLineAsTheEnginesCommandsSayIt() throws Exception {
        Path notAFolder = Files.createTempFile("grader-data", ".txt");
        assertEquals(3, WebCli.run(new String[] {"serve", "--data", notAFolder.resolve("web").toString(), "--port", "0"}));
        assertTrue(err.toString().startsWith("grader: internal error: java.io.UncheckedIOException: cannot create the data folder"),
                err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }
}
