package grader.web.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.InvalidInputException;
import grader.web.account.Account;
import grader.web.account.AccountStore;
import grader.web.account.PasswordHasher;
import grader.web.account.Role;
import grader.web.db.Database;
import grader.web.deadline.ExerciseTerms;
import grader.web.deadline.LatePolicy;
import grader.web.deadline.TermsStore;
import grader.web.queue.GradingDispatch;
import grader.web.queue.GradingQueue.GradingRound;
import grader.web.queue.GradingQueue;
import grader.web.queue.SubmissionStatus;
import grader.web.testing.TestServer;
import grader.web.testing.Zips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Taking uploads in: the engine's refusals, deadlines, caps and rate limits, and nothing stored on a refusal. */
class SubmissionReceiverTest {

    private static final long DAY = Duration.ofDays(1).toMillis();

    private Path data;
    private Database database;
    private Jdbi jdbi;
    private TermsStore terms;
    private Account student;
    private Account instructor;
    /** The rounds handed to the job engine. */
    private final List<GradingRound> enqueued = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        data = Files.createTempDirectory("grader-receiver");
        database = Database.sqlite(data);
        jdbi = database.jdbi();
        terms = new TermsStore(jdbi);
        AccountStore accounts = new AccountStore(jdbi, new PasswordHasher(4));
        student = accounts.create("alice", "Alice", Role.STUDENT, "password-123");
        instructor = accounts.create("prof", "Prof", Role.INSTRUCTOR, "password-123");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SubmissionReceiver receiver(RateLimit limit) {
        SubmissionFiles files = new SubmissionFiles(data);
        return new SubmissionReceiver(jdbi, TestServer.ENGINE, files, new SubmissionStore(jdbi), terms, limit, files,
                new GradingDispatch(new GradingQueue(jdbi), enqueued::add));
    }

    private static Upload zip(byte[] bytes) {
        return new Upload(List.of(new Upload.NamedBytes("work.zip", bytes)));
    }

    private int rows() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM submissions").mapTo(Integer.class).one());
    }

    /** Everything in the folder, hidden staged uploads included. */
    private long filesUnder(String folder) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve(folder))) {
            return files.count();
        }
    }

    @Test
    void anAcceptedUploadIsStoredWholeAndQueued() throws IOException {
        long id = receiver(RateLimit.standard()).receive(student, "exercise4", zip(Zips.parallelSum()));
        assertEquals(1, rows());
        assertEquals(1, filesUnder("submissions"), "the stored folder and no staged one");
        String key = new SubmissionStore(jdbi).storageKey(id).orElseThrow();
        assertTrue(Files.isRegularFile(data.resolve("submissions").resolve(key).resolve("submission.zip")));
        assertEquals(SubmissionStatus.QUEUED, new SubmissionStore(jdbi).find(id).orElseThrow().status());
        assertEquals(List.of(id + "@0"), enqueued.stream().map(round -> round.submissionId() + "@" + round.round()).toList(),
                "its first round went to the job engine");
    }

    @Test
    void separateJavaFilesAreStoredAsTheyCame() {
        long id = receiver(RateLimit.standard()).receive(student, "exercise4", new Upload(List.of(
                new Upload.NamedBytes("C:\\Users\\alice\\ParallelSum.java", Zips.PARALLEL_SUM.getBytes()))));
        String key = new SubmissionStore(jdbi).storageKey(id).orElseThrow();
        assertTrue(Files.isRegularFile(data.resolve("submissions").resolve(key).resolve("ParallelSum.java")));
    }

    @Test
    void uploadsTheEngineRefusesStoreNothing() throws IOException {
        SubmissionReceiver receiver = receiver(RateLimit.standard());
        InvalidInputException wrongPackage = assertThrows(InvalidInputException.class, () -> receiver.receive(student, "exercise4",
                zip(Zips.of(Map.of("Other.java", "package elsewhere;\nclass Other {}\n")))));
        assertTrue(wrongPackage.getMessage().contains("may only hold classes in package exercise4"), wrongPackage.getMessage());
        assertThrows(InvalidInputException.class, () -> receiver.receive(student, "exercise4", zip("not a zip".getBytes())));
        assertThrows(InvalidInputException.class, () -> receiver.receive(student, "exercise4",
                zip(Zips.of(Map.of("../../evil/ParallelSum.java", Zips.PARALLEL_SUM)))));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> receiver.receive(student, "exercise9", zip(Zips.parallelSum())));
        assertTrue(unknown.getMessage().startsWith("There is no exercise 'exercise9'"));
        assertThrows(InvalidInputException.class, () -> new Upload(List.of(new Upload.NamedBytes("notes.txt", new byte[1]))));
        assertEquals(0, rows());
        assertEquals(0, filesUnder("submissions"), "neither stored nor staged");
    }

    @Test
    void aLateSubmissionCarriesItsPenaltyAndARefusedOneStoresNothing() throws IOException {
        long now = System.currentTimeMillis();
        terms.save(new ExerciseTerms("exercise4", null, now - 2 * DAY + 60_000, LatePolicy.PENALTY, 0.1, null, null, false));
        long id = receiver(RateLimit.standard()).receive(student, "exercise4", zip(Zips.parallelSum()));
        SubmissionSummary late = new SubmissionStore(jdbi).find(id).orElseThrow();
        assertEquals(2, late.lateDays());
        assertEquals(0.2, late.penalty(), 1e-9);

        terms.save(new ExerciseTerms("exercise4", null, now - DAY, LatePolicy.REFUSE, 0, null, null, false));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> receiver(RateLimit.standard()).receive(student, "exercise4", zip(Zips.parallelSum())));
        assertTrue(refused.getMessage().contains("late submissions are not accepted"), refused.getMessage());
        assertEquals(1, rows());
        assertEquals(1, filesUnder("submissions"));

        terms.grantExtension(student.id(), "exercise4", now + DAY);
        receiver(RateLimit.standard()).receive(student, "exercise4", zip(Zips.parallelSum()));
        assertEquals(2, rows(), "an extension reopens the exercise for that student");
        receiver(RateLimit.standard()).receive(instructor, "exercise4", zip(Zips.parallelSum()));
        assertEquals(3, rows(), "instructors are held to no deadline");
    }

    @Test
    void theCapOnGradedSubmissionsAndTheRateLimitHold() {
        terms.save(new ExerciseTerms("exercise4", null, null, LatePolicy.PENALTY, 0, null, 2, false));
        SubmissionReceiver receiver = receiver(RateLimit.standard());
        receiver.receive(student, "exercise4", zip(Zips.parallelSum()));
        long second = receiver.receive(student, "exercise4", zip(Zips.parallelSum()));
        InvalidInputException capped = assertThrows(InvalidInputException.class,
                () -> receiver.receive(student, "exercise4", zip(Zips.parallelSum())));
        assertEquals("You have used all 2 graded submissions for exercise4.", capped.getMessage());
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE submissions SET status = 'error' WHERE id = :id").bind("id", second).execute());
        receiver.receive(student, "exercise4", zip(Zips.parallelSum()));
        assertEquals(3, rows(), "a submission the grader failed on costs no attempt");

        SubmissionReceiver limited = receiver(new RateLimit(3, Duration.ofMinutes(10)));
        terms.save(ExerciseTerms.open("exercise4"));
        InvalidInputException tooFast = assertThrows(InvalidInputException.class,
                () -> limited.receive(student, "exercise4", zip(Zips.parallelSum())));
        assertTrue(tooFast.getMessage().startsWith("You may submit at most 3 times in 10 minutes"), tooFast.getMessage());
    }
}
