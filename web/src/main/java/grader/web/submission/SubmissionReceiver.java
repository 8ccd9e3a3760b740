package grader.web.submission;

import grader.InvalidInputException;
import grader.api.GradingEngine;
import grader.api.files.StagedFolder;
import grader.web.account.Account;
import grader.web.deadline.Admission;
import grader.web.deadline.ExerciseTerms;
import grader.web.deadline.TermsStore;
import grader.web.queue.GradingDispatch;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Takes an upload in, for the browser and the command line alike: checks it with the engine's
 * own intake (its limits and one-sentence refusals), checks the exercise's terms (release, due
 * date and late policy, the cap on graded submissions) and the student's rate limit, then stores
 * the files and the queued row together. A refused upload leaves nothing behind; an accepted one
 * is complete on disk before its row commits, and is handed to the {@link GradingDispatch} once it
 * has. Instructors are held to no terms or limits.
 * Thread-safe.
 */
public final class SubmissionReceiver {

    /** Uploads larger than this are refused by the server before the engine's intake limits apply. */
    public static final long MAX_UPLOAD_MEGABYTES = 20;

    private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Jdbi jdbi;
    private final GradingEngine engine;
    private final SubmissionFiles files;
    private final SubmissionStore submissions;
    private final TermsStore terms;
    private final RateLimit rateLimit;
    private final WorkerFiles workerFiles;
    private final GradingDispatch dispatch;

    /** {@code workerFiles}: where the grading workers will read the files, kept in the same transaction as the row. */
    public SubmissionReceiver(Jdbi jdbi, GradingEngine engine, SubmissionFiles files,
                              SubmissionStore submissions, TermsStore terms, RateLimit rateLimit, WorkerFiles workerFiles,
                              GradingDispatch dispatch) {
        this.jdbi = jdbi;
        this.engine = engine;
        this.files = files;
        this.submissions = submissions;
        this.terms = terms;
        this.rateLimit = rateLimit;
        this.workerFiles = workerFiles;
        this.dispatch = dispatch;
    }

    /** What came of an upload: the submission's id, and whether it was stored before under the same client key. */
    public record Received(long submissionId, boolean repeated) {
    }

    /** Stores and queues the upload; returns the submission's id, or throws {@link InvalidInputException}. */
    public long receive(Account student, String exerciseId, Upload upload) {
        return receive(student, exerciseId, upload, null).submissionId();
    }

    /**
     * Stores and queues the upload, unless one with the same {@code clientKey} (null for none) was
     * stored for this student before: then that one is returned and nothing new is stored.
     */
    public Received receive(Account student, String exerciseId, Upload upload, String clientKey) {
        if (clientKey != null && !CLIENT_KEY.matcher(clientKey).matches()) {
            throw new InvalidInputException("An Idempotency-Key is 1 to 64 letters, digits, - or _.");
        }
        String exercise = engine.exercise(exerciseId).id();
        Optional<Long> earlier = clientKey == null ? Optional.empty() : submissions.findByClientKey(student.id(), clientKey);
        if (earlier.isPresent()) {
            return new Received(earlier.get(), true);
        }
        try {
            long id = store(student, exercise, upload, clientKey);
            dispatch.queued(id);
            return new Received(id, false);
        } catch (UnableToExecuteStatementException duplicate) {
            // Two requests with one key raced past the check above; the unique index let one in.
            return submissions.findByClientKey(student.id(), clientKey == null ? "" : clientKey)
                    .map(id -> new Received(id, true)).orElseThrow(() -> duplicate);
        }
    }

    private long store(Account student, String exerciseId, Upload upload, String clientKey) {
        String key = UUID.randomUUID().toString();
        boolean stored = false;
        try (StagedFolder staged = files.stage(key, upload)) {
            engine.admit(exerciseId, SubmissionFiles.gradable(staged.path()));
            long now = System.currentTimeMillis();
            long id = jdbi.inTransaction(handle -> {
                Admission admission = Admission.onTime();
                if (!student.isStaff()) {
                    admission = admit(handle, student, exerciseId, now);
                }
                long inserted = submissions.insert(handle, student.id(), exerciseId, key, upload.label(), now,
                        admission.lateDays(), admission.penalty(), clientKey);
                workerFiles.keep(handle, inserted, staged.path());
                // Last step inside the transaction: if the commit then fails, the folder is removed below.
                staged.commit();
                return inserted;
            });
            stored = true;
            return id;
        } finally {
            if (!stored) {
                files.discard(key);
            }
        }
    }

    private Admission admit(Handle handle, Account student, String exerciseId, long now) {
        ExerciseTerms exerciseTerms = terms.terms(handle, exerciseId);
        Admission admission = exerciseTerms.admit(now, terms.extension(handle, student.id(), exerciseId).orElse(null));
        if (!admission.accepted()) {
            throw new InvalidInputException(admission.refusal());
        }
        if (exerciseTerms.maxGraded() != null
                && submissions.countAttempts(handle, student.id(), exerciseId) >= exerciseTerms.maxGraded()) {
            throw new InvalidInputException("You have used all " + exerciseTerms.maxGraded()
                    + " graded submissions for " + exerciseId + ".");
        }
        if (submissions.countSince(handle, student.id(), now - rateLimit.window().toMillis()) >= rateLimit.maxSubmissions()) {
            throw new InvalidInputException("You may submit at most " + rateLimit.maxSubmissions() + " times in "
                    + rateLimit.window().toMinutes() + " minutes; please wait a little and submit again.");
        }
        return admission;
    }
}
