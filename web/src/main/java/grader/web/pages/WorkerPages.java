package grader.web.pages;

import grader.web.queue.QueueOverview;
import grader.web.queue.QueueOverview.InProgress;
import grader.web.queue.WorkerDirectory;
import grader.web.queue.WorkerStatus;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The instructor's view of the grading machines ({@code /instructor/workers}): each machine's
 * workers (cores, threads, Java, last heartbeat, running or not) with the submissions it grades
 * now, the queue's length and how long its oldest submission has waited, and what is being graded
 * by a worker no longer in the list (its machine died; the job engine runs those again).
 */
public final class WorkerPages {

    private final WorkerDirectory directory;
    private final QueueOverview overview;
    private final Templates templates;

    public WorkerPages(WorkerDirectory directory, QueueOverview overview, Templates templates) {
        this.directory = directory;
        this.overview = overview;
        this.templates = templates;
    }

    /** A machine's row: its status, seconds since its heartbeat, and what it grades now. */
    public record WorkerRow(WorkerStatus status, long heartbeatSecondsAgo, List<GradingNow> grading) {
    }

    /** A submission being graded, and for how many seconds so far. */
    public record GradingNow(long submissionId, String exerciseId, String worker, long seconds) {
    }

    public void workers(Context ctx) {
        long now = System.currentTimeMillis();
        List<GradingNow> grading = overview.inProgress().stream().map(job -> gradingNow(job, now)).toList();
        Map<String, List<GradingNow>> byWorker = grading.stream()
                .collect(Collectors.groupingBy(job -> String.valueOf(job.worker())));
        List<WorkerStatus> workers = directory.workers();
        Set<String> known = workers.stream().map(WorkerStatus::name).collect(Collectors.toSet());
        QueueOverview.Waiting waiting = overview.waiting();
        Map<String, Object> model = PageModel.of(ctx);
        model.put("workers", workers.stream().map(worker -> new WorkerRow(worker, seconds(now - worker.lastHeartbeat()),
                byWorker.getOrDefault(worker.name(), List.of()))).toList());
        model.put("orphaned", grading.stream().filter(job -> !known.contains(String.valueOf(job.worker()))).toList());
        model.put("queued", waiting.count());
        model.put("oldestWaitSeconds", waiting.oldestQueuedAt() == null ? null : seconds(now - waiting.oldestQueuedAt()));
        model.put("runningCount", grading.size());
        ctx.html(templates.render("instructor_workers", model));
    }

    private static GradingNow gradingNow(InProgress job, long now) {
        return new GradingNow(job.submissionId(), job.exerciseId(), job.worker(), seconds(now - job.startedAt()));
    }

    private static long seconds(long millis) {
        return Math.max(0, millis / 1000);
    }
}
