package grader.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import grader.exercise.Limits;
import grader.pipeline.GraderHome;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test JVM killed from outside the grader (what an operator's {@code kill -9} or the machine's
 * out-of-memory killer does) is run again, and only when that keeps happening is the grading the
 * grader's failure, never the student's.
 */
class ChildJvmTest {

    private static final ChildJvm JVM = new ChildJvm(Sandbox.detect(), ProcessLimits.detect(),
            SharedClassArchive.inUserCache(GraderHome.fromSystemProperty().childClassPath()));

    @TempDir
    Path scratch;

    @Test
    void aJvmKilledFromOutsideOnceIsRunAgain() throws InterruptedException {
        Killer killer = new Killer(1);
        killer.start();
        ChildOutcome outcome = JVM.run(sleeper());
        killer.join();
        assertEquals(1, killer.killed.get());
        assertEquals(0, outcome.exitCode(), outcome::toString);
        assertFalse(outcome.killedFromOutside());
    }

    @Test
    void aJvmKilledFromOutsideEveryTimeIsTheGradersFailure() throws InterruptedException {
        Killer killer = new Killer(3);
        killer.start();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> JVM.run(sleeper()));
        killer.join();
        assertEquals(3, killer.killed.get(), failure::getMessage);
    }

    private ChildLaunch sleeper() {
        Path classes = Path.of("target/test-classes").toAbsolutePath();
        return new ChildLaunch(List.of("-Xmx32m"), List.of(classes), Sleeper.class.getName(), List.of(), scratch,
                new Limits(64, 10, 60));
    }

    /** What runs in the child JVM: a few seconds of nothing, then a normal exit. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(3_000);
        }
    }

    /** Kills the first {@code kills} sleeper JVMs it sees among this JVM's descendants with SIGKILL. */
    private static final class Killer extends Thread {
        private final int kills;
        private final AtomicInteger killed = new AtomicInteger();
        private final Set<Long> seen = new HashSet<>();

        Killer(int kills) {
            this.kills = kills;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (killed.get() < kills) {
                ProcessHandle.current().descendants()
                        .filter(process -> process.info().command().orElse("").endsWith("/java"))
                        .filter(process -> process.info().arguments().map(List::of).orElse(List.of())
                                .contains(Sleeper.class.getName()))
                        .filter(process -> seen.add(process.pid()))
                        .forEach(process -> {
                            process.destroyForcibly();
                            killed.incrementAndGet();
                        });
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
