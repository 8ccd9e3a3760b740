package grader.web.pages;

import grader.InvalidInputException;
import grader.web.gradebook.Points;
import grader.web.queue.GradingQueue;
import grader.web.session.AccessGate;
import grader.web.session.LoginThrottle;
import grader.web.session.SessionStore;
import grader.web.submission.SubmissionReceiver;
import grader.web.submission.SubmissionSummary;
import grader.web.submission.Upload;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API the command line uses ({@code ./grader login}, {@code ./grader submit}): trade a
 * password for an API token, submit a zip, read a submission's state. Every answer is a JSON
 * object; a refusal is {@code {"error": "one sentence"}} with a 4xx status.
 */
public final class ApiRoutes {

    private final LoginThrottle throttle;
    private final SessionStore sessions;
    private final SubmissionReceiver receiver;
    private final GradingQueue queue;
    private final SubmissionPages pages;

    public ApiRoutes(LoginThrottle throttle, SessionStore sessions, SubmissionReceiver receiver, GradingQueue queue,
                     SubmissionPages pages) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.receiver = receiver;
        this.queue = queue;
        this.pages = pages;
    }

    /** POST /api/tokens with form fields username and password: a new API token; 429 while the login must wait. */
    public void issueToken(Context ctx) {
        LoginThrottle.Attempt attempt = throttle.attempt(ctx.formParam("username"), ctx.formParam("password"), ctx.ip(), null);
        if (attempt instanceof LoginThrottle.Attempt.Locked locked) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(locked.retryAfterSeconds()))
                    .json(Map.of("error", locked.message()));
        } else if (attempt instanceof LoginThrottle.Attempt.Granted granted) {
            ctx.status(HttpStatus.CREATED)
                    .json(Map.of("token", sessions.issueApiToken(granted.account()), "username", granted.account().username()));
        } else {
            throw new UnauthorizedResponse("The username or password is wrong.");
        }
    }

    /**
     * POST /api/exercises/{exercise}/submissions with a zip as the body and optionally an
     * {@code Idempotency-Key} header: 201 when stored, 200 with the earlier submission when that
     * key was stored before (a retry whose first answer was lost).
     */
    public void submit(Context ctx) {
        byte[] zip = ctx.bodyAsBytes();
        if (zip.length == 0) {
            throw new InvalidInputException("The request has no body; send the submission as a .zip.");
        }
        SubmissionReceiver.Received received = receiver.receive(AccessGate.account(ctx), ctx.pathParam("exercise"),
                new Upload(List.of(new Upload.NamedBytes("submission.zip", zip))), ctx.header("Idempotency-Key"));
        ctx.status(received.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .json(state(pages.visibleById(ctx, received.submissionId())));
    }

    /** GET /api/submissions/{id}: its status, place in the queue and, when graded, its score. */
    public void submission(Context ctx) {
        ctx.json(state(pages.visible(ctx)));
    }

    private Map<String, Object> state(SubmissionSummary submission) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", submission.id());
        state.put("exercise", submission.exerciseId());
        state.put("status", submission.status().column());
        queue.position(submission.id()).ifPresent(position -> state.put("position", position));
        if (submission.hasResult()) {
            state.put("score", Points.round(submission.finalScore()));
            state.put("max_score", submission.maxScore());
            state.put("late_penalty", submission.penalty());
        }
        state.put("url", "/submissions/" + submission.id());
        return state;
    }
}
