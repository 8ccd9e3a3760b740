package grader.web.jobs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.testing.PostgresDatabases;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The distribution check on a real PostgreSQL, as a course on several machines runs: the workers
 * are {@code ./grader worker}'s wiring and read the files from the database.
 */
class PostgresMultiWorkerTest extends MultiWorkerContract {

    /** The folder a worker unpacks a submission into, named after it. */
    private static final Pattern GRADING_FOLDER = Pattern.compile("grader-job-(\\d+)-.*");

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    private String jdbcUrl;

    @BeforeEach
    void createDatabase() {
        jdbcUrl = POSTGRES.freshUrl();
    }

    @Override
    String serverJdbcUrl() {
        return jdbcUrl;
    }

    @Override
    String workerDatabase(Path data) {
        return jdbcUrl;
    }

    @Override
    long gradedSubmission(String loggedFolder, Jdbi jdbi) {
        Matcher matcher = GRADING_FOLDER.matcher(loggedFolder);
        assertTrue(matcher.matches(), "a grading in a folder of its own: " + loggedFolder);
        return Long.parseLong(matcher.group(1));
    }
}
