package grader.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for a submission's sources to change, by polling: portable (WatchService misses changes
 * on some network and container-mounted file systems, and watches no zip file), and cheap for the
 * few files of an exercise. A change counts once the sources have stayed the same for a few polls, so
 * that an IDE saving several files, or a file in several writes, starts one check, not many.
 */
public final class ChangeWatcher {

    /** Pauses between looks; a seam for tests, which must not wait on the clock. */
    @FunctionalInterface
    public interface Pause {
        void between(Duration interval) throws InterruptedException;
    }

    private static final Duration POLL = Duration.ofMillis(250);
    private static final int QUIET_POLLS = 2;

    private final Supplier<SourceSnapshot> look;
    private final Pause pause;
    private final Duration poll;
    private final int quietPolls;

    public ChangeWatcher(Supplier<SourceSnapshot> look, Pause pause, Duration poll, int quietPolls) {
        if (quietPolls < 1) {
            throw new IllegalArgumentException("quietPolls must be at least 1");
        }
        this.look = look;
        this.pause = pause;
        this.poll = poll;
        this.quietPolls = quietPolls;
    }

    /** Watches the sources under {@code submission} every quarter second, settling after half a second. */
    public static ChangeWatcher polling(Path submission) {
        return new ChangeWatcher(() -> SourceSnapshot.of(submission),
                interval -> Thread.sleep(interval.toMillis()), POLL, QUIET_POLLS);
    }

    /**
     * Blocks until the sources differ from {@code seen} and have then stayed unchanged for the
     * quiet polls; returns them. A change undone before it settles (saved, then reverted) is no
     * change.
     *
     * @throws InterruptedException when the waiting thread is interrupted (Ctrl-C)
     */
    public SourceSnapshot awaitChange(SourceSnapshot seen) throws InterruptedException {
        SourceSnapshot current = seen;
        int unchangedPolls = 0;
        while (true) {
            pause.between(poll);
            SourceSnapshot next = look.get();
            if (!next.equals(current)) {
                current = next;
                unchangedPolls = 0;
            } else if (!current.equals(seen) && ++unchangedPolls >= quietPolls) {
                return current;
            }
        }
    }
}
