package grader.child.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watch on real threads brought into each state on purpose: it must name the hangs that are
 * certain, and stay silent, for longer than it takes to decide, on threads that could still go on.
 * Threads of earlier tests are left behind deadlocked; each test counts them as the runner's.
 */
class HangWatchTest {

    private static final long LOOK_MILLIS = 50;
    /** Looks over several times {@link HangWatch#STILL_NANOS}: a verdict due comes well within them. */
    private static final int LOOKS = (int) (4 * HangWatch.STILL_NANOS / 1_000_000 / LOOK_MILLIS);

    private final HangWatch hangs = new HangWatch(new StudentClasses(Set.of(EndlessInitialiser.class.getName())),
            ThreadDiagnosis.liveThreadIds());
    private final Set<Long> before = ThreadDiagnosis.liveThreadIds();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Thread> started = new ArrayList<>();

    @AfterEach
    void releaseWhatCanBeReleased() throws InterruptedException {
        release.countDown();
        for (Thread thread : started) {
            thread.interrupt();
        }
    }

    @Test
    void aDeadlockOfMonitorsIsCertain() throws Exception {
        Object a = new Object();
        Object b = new Object();
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        start(() -> lockBoth(a, b, bothHoldOne));
        start(() -> lockBoth(b, a, bothHoldOne));
        assertTrue(verdict().orElse("").contains("deadlocked"));
    }

    @Test
    void aDeadlockOfLocksIsCertain() throws Exception {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        start(() -> lockBoth(a, b, bothHoldOne, false));
        start(() -> lockBoth(b, a, bothHoldOne, false));
        assertTrue(verdict().orElse("").contains("deadlocked"));
    }

    @Test
    void locksTriedWithATimeOutAreNoDeadlock() throws Exception {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        start(() -> lockBoth(a, b, bothHoldOne, true));
        start(() -> lockBoth(b, a, bothHoldOne, true));
        assertEquals(Optional.empty(), verdict());
    }

    @Test
    void threadsWaitingForeverWithNobodyToWakeThemAreCertain() throws Exception {
        start(this::awaitRelease);
        start(this::awaitRelease);
        assertTrue(verdict().orElse("").contains("no thread is left running"));
    }

    @Test
    void anIdlePoolWorkerWakesNobody() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();   // its idle workers wait 60 s for a task
        try {
            pool.submit(() -> { }).get();
            start(this::awaitRelease);
            assertTrue(verdict().orElse("").contains("no thread is left running"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScheduledTaskCanStillWakeAWaitingThread() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(release::countDown, 10, TimeUnit.MINUTES);
            start(this::awaitRelease);
            assertEquals(Optional.empty(), verdict());
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void aWaitingThreadWithASleepingOneBesideItIsNot() throws Exception {
        start(this::awaitRelease);
        start(() -> {
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            } catch (InterruptedException ended) {
                // the test is over
            }
        });
        assertEquals(Optional.empty(), verdict());
    }

    @Test
    void aWaitingThreadWithARunningOneBesideItIsNot() throws Exception {
        start(this::awaitRelease);
        start(() -> {
            while (release.getCount() > 0) {
                Thread.onSpinWait();
            }
        });
        assertEquals(Optional.empty(), verdict());
    }

    @Test
    void aThreadWaitingForAStuckStaticInitialiserIsCertain() throws Exception {
        Thread initialiser = new Thread(EndlessInitialiser::touch, "initialiser");
        initialiser.setDaemon(true);
        initialiser.start();
        started.add(initialiser);
        // RUNNABLE alone is not enough: a thread is RUNNABLE before it reaches the class, and if the
        // test's own thread got there first, the roles would swap and no verdict would be due.
        while (!isInStaticInitialiser(initialiser)) {
            Thread.onSpinWait();
        }
        // The initialiser is left over from an "earlier test"; this test's thread needs the class.
        HangWatch.Watch watch = hangs.watch(ThreadDiagnosis.liveThreadIds(), Thread.currentThread());
        start(EndlessInitialiser::touch);
        String reason;
        try {
            reason = verdict(watch).orElse("");
        } finally {
            EndlessInitialiser.Spin.going = false;   // the class can be initialised only once: this test alone uses it
        }
        assertTrue(reason.contains("class EndlessInitialiser") && reason.contains("HangWatchTest.java:"), reason);
    }

    private static boolean isInStaticInitialiser(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals(EndlessInitialiser.class.getName()) && frame.getMethodName().equals("<clinit>")) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> verdict() throws InterruptedException {
        return verdict(hangs.watch(before, Thread.currentThread()));
    }

    private static Optional<String> verdict(HangWatch.Watch watch) throws InterruptedException {
        for (int look = 0; look < LOOKS; look++) {
            Optional<String> hang = watch.look();
            if (hang.isPresent()) {
                return hang;
            }
            Thread.sleep(LOOK_MILLIS);
        }
        return Optional.empty();
    }

    private void start(Runnable body) {
        Thread thread = new Thread(body);
        thread.setDaemon(true);
        thread.start();
        started.add(thread);
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException ended) {
            // the test is over
        }
    }

    private static void lockBoth(Object first, Object second, CyclicBarrier bothHoldOne) {
        synchronized (first) {
            await(bothHoldOne);
            synchronized (second) {
                first.notifyAll();
            }
        }
    }

    private static void lockBoth(ReentrantLock first, ReentrantLock second, CyclicBarrier bothHoldOne, boolean tryOnly) {
        first.lock();
        try {
            await(bothHoldOne);
            if (tryOnly) {
                while (!second.tryLock(100, TimeUnit.MILLISECONDS)) {
                    if (Thread.interrupted()) {
                        return;
                    }
                }
            } else {
                second.lock();
            }
            second.unlock();
        } catch (InterruptedException ended) {
            // the test is over
        } finally {
            first.unlock();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

/** A "student" class whose static initialiser runs until the test lets it go. */
final class EndlessInitialiser {

    /** Read by the initialiser; a class of its own, so that setting it does not wait for the initialisation. */
    static final class Spin {
        static volatile boolean going = true;
    }

    static {
        while (Spin.going) {
            Thread.onSpinWait();
        }
    }

    private EndlessInitialiser() {
    }

    static void touch() {
        // Using the class at all runs, or waits for, its initialiser.
    }
}
