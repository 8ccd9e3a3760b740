package grader.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.web.queue.GradingQueue;
import grader.web.queue.SubmissionStatus;
import grader.web.submission.SubmissionStore;
import grader.web.submission.SubmissionSummary;
import io.javalin.http.sse.SseClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Live progress of submissions over server-sent events: {@code progress} events while a
 * submission waits (its place in the queue) or is graded (for how long), then one {@code done}
 * event, after which the stream closes. Progress is read from the database, not from this
 * server's workers, so it is right whichever machine grades.
 *
 * <p>Thread-safe. Owns one polling thread, started by the constructor and ended by
 * {@link #close}, and every event is sent from it: the first one of a stream too, handed over by
 * the Jetty thread that opened the stream, so each stream's {@code lastSent} and its client's
 * events are confined to that one thread. The set of open streams is a concurrent map, touched by
 * Jetty's threads (open, close) and the poller.
 */
public final class ProgressEvents implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProgressEvents.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 500;

    private final SubmissionStore submissions;
    private final GradingQueue queue;
    private final SubmissionPages pages;
    /** Open streams and the last event each was sent, so unchanged progress is not resent. */
    private final Map<SseClient, Stream> streams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "progress-events"));

    /** One open stream: its submission, and the last event it was sent, read and written by the poller thread only. */
    private static final class Stream {
        final long submissionId;
        String lastSent = "";

        Stream(long submissionId) {
            this.submissionId = submissionId;
        }
    }

    public ProgressEvents(SubmissionStore submissions, GradingQueue queue, SubmissionPages pages) {
        this.submissions = submissions;
        this.queue = queue;
        this.pages = pages;
        poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Opens a stream for the submission in the path, after the same access check as its page. */
    public void open(SseClient client) {
        SubmissionSummary submission = pages.visible(client.ctx());
        client.keepAlive();
        client.onClose(() -> streams.remove(client));
        Stream stream = new Stream(submission.id());
        streams.put(client, stream);
        // The first event at once, but from the poller's thread, the one that sends every event.
        poller.execute(() -> sendQuietly(client, stream));
    }

    private void poll() {
        streams.forEach(this::sendQuietly);
    }

    private void sendQuietly(SseClient client, Stream stream) {
        try {
            send(client, stream);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a progress stream failed", e);
            streams.remove(client);
            client.close();
        }
    }

    private void send(SseClient client, Stream stream) {
        if (client.terminated()) {
            streams.remove(client);
            return;
        }
        SubmissionSummary submission = submissions.find(stream.submissionId).orElse(null);
        if (submission == null) {
            client.close();
            return;
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("status", submission.status().column());
        event.put("message", message(submission));
        String data = json(event);
        if (submission.status().finished()) {
            client.sendEvent("done", data);
            streams.remove(client);
            client.close();
        } else if (!data.equals(stream.lastSent)) {
            client.sendEvent("progress", data);
            stream.lastSent = data;
        }
    }

    private String message(SubmissionSummary submission) {
        if (submission.status() == SubmissionStatus.QUEUED) {
            String retry = submission.infraFailures() > 0 ? " (queued again: the grader failed on its own side, which costs you nothing)" : "";
            return queue.position(submission.id()).map(position -> position == 1 ? "Next in the queue" + retry + "."
                    : "Waiting in the queue: position " + position + retry + ".").orElse("Waiting in the queue.");
        }
        if (submission.status() == SubmissionStatus.RUNNING) {
            long seconds = submission.startedAt() == null ? 0 : (System.currentTimeMillis() - submission.startedAt()) / 1000;
            return "Being graded: compiling, checking, testing and timing your code (" + seconds + " s so far"
                    + queue.typicalGradingSeconds(submission.exerciseId()).map(typical -> "; a grading usually takes about " + typical + " s").orElse("")
                    + ").";
        }
        return submission.status() == SubmissionStatus.GRADED ? "Graded." : "The grader could not grade this submission.";
    }

    private static String json(Map<String, Object> event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        streams.keySet().forEach(SseClient::close);
    }
}
