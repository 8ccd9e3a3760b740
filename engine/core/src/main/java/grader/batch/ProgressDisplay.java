package grader.batch;

import grader.api.model.PointsFormat;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows a batch's progress on standard error: on a terminal, one line redrawn in place with a bar,
 * counts and the time left; elsewhere (a log, a CI job), one plain line per finished submission.
 * Thread-safe: the batch's grading threads call it at once, and every method holds its lock.
 */
public final class ProgressDisplay implements BatchProgress {

    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean redraw;
    private final int total;
    private final long startNanos = System.nanoTime();
    private int running;
    private int finished;
    private int resumed;
    private int rejected;
    private String measuring = "";

    public ProgressDisplay(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.redraw = terminal;
        this.total = total;
    }

    @Override
    public synchronized void started(BatchEntry entry) {
        running++;
        if (redraw) {
            draw();
        }
    }

    @Override
    public synchronized void measuring(BatchEntry entry) {
        measuring = ", measuring the speedup of " + entry.student();
        if (redraw) {
            draw();
        }
    }

    @Override
    public synchronized void finished(BatchResult result) {
        if (result.origin() != BatchResult.Origin.RESUMED) {
            running--;
        }
        finished++;
        if (result.origin() == BatchResult.Origin.RESUMED) {
            resumed++;
        } else if (result.origin() == BatchResult.Origin.REJECTED) {
            rejected++;
        }
        if (redraw) {
            draw();
        } else {
            out.printf(Locale.ROOT, "[%d/%d] %s: %s%n", finished, total, result.student(), describe(result));
        }
    }

    @Override
    public synchronized void ended() {
        if (redraw) {
            out.println();
        }
        out.printf(Locale.ROOT, "%d submissions in %s: %d graded now, %d kept from an earlier run, %d rejected.%n",
                total, clock(elapsed()), finished - resumed - rejected, resumed, rejected);
    }

    private void draw() {
        int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * finished / total;
        out.printf(Locale.ROOT, "\r[%s%s] %d/%d done, %d grading%s, %s elapsed%s\u001b[K",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), finished, total, running, measuring,
                clock(elapsed()), remaining());
        out.flush();
    }

    /** Time left at the pace of the submissions graded now (kept ones cost nothing). */
    private String remaining() {
        int gradedNow = finished - resumed;
        if (gradedNow == 0 || finished == total) {
            return "";
        }
        Duration perSubmission = elapsed().dividedBy(gradedNow);
        return ", about " + clock(perSubmission.multipliedBy(total - finished)) + " left";
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String describe(BatchResult result) {
        return switch (result.origin()) {
            case RESUMED -> "kept from an earlier run";
            case REJECTED -> result.summary().status() + ": " + result.report().output();
            case GRADED -> String.format(Locale.ROOT, "%s/%s, %s", PointsFormat.format(result.summary().score()),
                    PointsFormat.format(result.summary().maxScore()), result.summary().status());
        };
    }

    private static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
