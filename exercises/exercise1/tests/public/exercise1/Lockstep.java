package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' way of making a few threads do one thing at <em>exactly</em> the same moment, many
 * times over: the threads run a number of rounds, and before each round they all meet at a
 * spinning barrier, so that their steps for that round start within a fraction of a microsecond of
 * each other. A check-then-act race, whose window is only a few instructions wide, is hit in a
 * good share of the rounds this way, where threads woken by a latch would start microseconds
 * apart and almost never collide.
 *
 * <p>A failing step (a test's {@link AssertionError} or an exception from the student's code)
 * stops every thread and is rethrown by {@link #run}. A step stuck in the student's code makes
 * {@link #run} wait until the test's timeout. The threads are daemons.
 */
final class Lockstep {

    /** One thread's step in one round; {@code thread} is its index among the names. */
    @FunctionalInterface
    interface Step {
        void run(int thread, int round) throws Exception;
    }

    /** How long a thread spins at the barrier before it also yields its core to the others. */
    private static final int SPINS_BEFORE_YIELDING = 20_000;

    private Lockstep() {
    }

    /** Runs {@code rounds} rounds on one thread per name, all meeting before each round. */
    static void run(String[] names, int rounds, Step step) throws InterruptedException {
        int parties = names.length;
        AtomicInteger arrivals = new AtomicInteger();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] threads = new Thread[parties];
        for (int k = 0; k < parties; k++) {
            int index = k;
            threads[k] = new Thread(() -> {
                try {
                    for (int round = 0; round < rounds; round++) {
                        arrivals.incrementAndGet();
                        if (!awaitOthers(arrivals, parties * (round + 1), stop)) {
                            return;
                        }
                        step.run(index, round);
                    }
                } catch (Throwable failure) {
                    firstFailure.compareAndSet(null, failure instanceof AssertionError ? failure
                            : new Exception("thread \"" + names[index] + "\" got " + failure + " from your code",
                                    failure));
                    stop.set(true);
                }
            }, names[k]);
            threads[k].setDaemon(true);
        }
        try {
            for (Thread thread : threads) {
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            stop.set(true);
        }
        Throwable failure = firstFailure.get();
        if (failure instanceof AssertionError assertion) {
            throw assertion;
        }
        if (failure != null) {
            fail(failure.getMessage(), failure.getCause());
        }
    }

    /** Spins until {@code target} threads have arrived; false if the run was stopped meanwhile. */
    private static boolean awaitOthers(AtomicInteger arrivals, int target, AtomicBoolean stop) {
        int spins = 0;
        while (arrivals.get() < target) {
            if (stop.get()) {
                return false;
            }
            if (++spins < SPINS_BEFORE_YIELDING) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        return true;
    }
}
