package grader.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Change detection on scripted looks at the sources: no files, no clock. */
class ChangeWatcherTest {

    private static final SourceSnapshot SEEN = snapshot("A.java", "1");
    private static final SourceSnapshot EDITED = snapshot("A.java", "2");
    private static final SourceSnapshot EDITED_AGAIN = snapshot("A.java", "3");
    private static final SourceSnapshot ADDED = new SourceSnapshot(Map.of("A.java", "1", "B.java", "1"));

    @Test
    void aChangeCountsOnceItHasSettled() throws InterruptedException {
        Script looks = new Script(SEEN, SEEN, EDITED, EDITED, EDITED);
        assertEquals(EDITED, watcher(looks).awaitChange(SEEN));
        assertEquals(0, looks.remaining(), "returned at the second quiet poll, not before");
    }

    @Test
    void editsInQuickSuccessionMakeOneChange() throws InterruptedException {
        Script looks = new Script(EDITED, EDITED_AGAIN, ADDED, ADDED, ADDED);
        assertEquals(ADDED, watcher(looks).awaitChange(SEEN));
        assertEquals(0, looks.remaining());
    }

    @Test
    void aChangeUndoneBeforeItSettlesIsNoChange() throws InterruptedException {
        Script looks = new Script(EDITED, SEEN, SEEN, SEEN, EDITED_AGAIN, EDITED_AGAIN, EDITED_AGAIN);
        assertEquals(EDITED_AGAIN, watcher(looks).awaitChange(SEEN));
    }

    @Test
    void aDeletedFileIsAChange() throws InterruptedException {
        SourceSnapshot none = new SourceSnapshot(Map.of());
        assertEquals(none, watcher(new Script(none, none, none)).awaitChange(SEEN));
    }

    private static ChangeWatcher watcher(Script looks) {
        return new ChangeWatcher(looks::next, interval -> { }, Duration.ofMillis(250), 2);
    }

    private static SourceSnapshot snapshot(String file, String digest) {
        return new SourceSnapshot(Map.of(file, digest));
    }

    /** The snapshots successive looks return; running out means the watcher looked too often. */
    private static final class Script {
        private final Deque<SourceSnapshot> looks;

        Script(SourceSnapshot... looks) {
            this.looks = new ArrayDeque<>(List.of(looks));
        }

        SourceSnapshot next() {
            if (looks.isEmpty()) {
                throw new AssertionError("the watcher kept looking after the change had settled");
            }
            return looks.poll();
        }

        int remaining() {
            return looks.size();
        }
    }
}
