package grader.web.jobs;

import grader.InvalidInputException;
import grader.web.db.Database;
import grader.web.queue.GradingQueue;
import grader.web.queue.SubmissionGrader;
import grader.web.submission.SubmissionBlobs;
import grader.web.submission.WorkerFiles;

/**
 * A grading machine's process ({@code ./grader worker}): the course's shared database, opened and
 * migrated like the server's, and this machine's {@link GradingWorkers} on it, reading the files
 * from the database, until closed. Only PostgreSQL is shared: the embedded SQLite file is graded by
 * its server's own workers.
 *
 * <p>Started by the command's thread and closed once, by its shutdown hook's; the workers and the
 * database it holds are thread-safe, and its fields are final.
 */
public final class WorkerProcess implements AutoCloseable {

    private final Database database;
    private final GradingWorkers workers;

    private WorkerProcess(Database database, GradingWorkers workers) {
        this.database = database;
        this.workers = workers;
    }

    /**
     * Opens the database at {@code jdbcUrl} and starts the workers.
     *
     * @throws InvalidInputException if the URL is not PostgreSQL's or the database cannot be reached
     */
    public static WorkerProcess start(String jdbcUrl, SubmissionGrader grader, GradingWorkers.Settings settings) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new InvalidInputException("A grading worker needs the course's shared PostgreSQL database:"
                    + " give --db jdbc:postgresql://HOST/DB?user=…&password=… (an embedded SQLite file serves one machine only).");
        }
        Database database;
        try {
            database = Database.open(jdbcUrl);
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (RuntimeException unreachable) {
            throw new InvalidInputException("Cannot use the database named by --db: " + rootMessage(unreachable));
        }
        return start(database, new SubmissionBlobs(database.jdbi()), grader, settings);
    }

    /**
     * Starts the workers on {@code database}, which this process then owns (closed with it, or at
     * once if the workers cannot start), reading the files from {@code files}. The command's way is
     * {@link #start(String, SubmissionGrader, GradingWorkers.Settings)}; tests run worker
     * processes beside a server on one machine's SQLite file and data folder with this one.
     */
    public static WorkerProcess start(Database database, WorkerFiles files, SubmissionGrader grader, GradingWorkers.Settings settings) {
        try {
            GradingWorkers workers = GradingWorkers.start(JobStorage.open(database), new GradingQueue(database.jdbi()),
                    files, new GradingMachines(database.jdbi()), grader, settings);
            return new WorkerProcess(database, workers);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    @Override
    public void close() {
        workers.close();
        database.close();
    }
}
