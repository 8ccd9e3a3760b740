package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' way of making threads collide: several named threads, released together, each
 * repeating its step. No thread stops before <em>every</em> thread has done its quota of steps
 * and the race has lasted a minimum time, so each thread's whole quota runs while all the others
 * are still running, and the race spans many of the operating system's scheduling periods: a race
 * the steps can have gets every chance to happen, on free cores (threads truly in parallel) as on
 * a busy machine (threads interrupted in the middle of a step while another runs).
 *
 * <p>A step fails the race by throwing (an {@link AssertionError} from the test's own check, or
 * whatever the student's code threw); the first failure stops every thread and is rethrown by
 * {@link #run()}. A thread stuck in the student's code (a deadlock) makes {@link #run()} wait
 * until the test's timeout, whose report then shows where each thread is stuck. The threads are
 * daemons, and a race left behind by a timeout stops every thread that is not stuck.
 *
 * <p>Used by one test thread at a time; not itself thread-safe while being set up.
 */
final class Race {

    /** One step of a racing thread; {@code iteration} counts from 0. */
    @FunctionalInterface
    interface Step {
        void run(long iteration) throws Exception;
    }

    /** How often (in steps) a thread publishes its progress and looks at the others'. */
    private static final int CHECK_EVERY = 64;
    /** Slots apart in {@link #progress}, so that two threads' counters never share a cache line. */
    private static final int SPREAD = 16;

    private final long minimumNanos;
    private final long limitNanos;
    private final List<String> names = new ArrayList<>();
    private final List<Long> quotas = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    private volatile boolean stop;
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    private AtomicLongArray progress;

    /**
     * A race that lasts at least {@code minimumMillis} and ends, without failing, once
     * {@code limitMillis} have passed even if some quota is not done (a correct solution ends
     * long before; the limit only keeps a very slow one from running into the test's timeout).
     */
    Race(long minimumMillis, long limitMillis) {
        this.minimumNanos = TimeUnit.MILLISECONDS.toNanos(minimumMillis);
        this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMillis);
    }

    /** A race of at least 300 ms, cut short after 5 s. */
    Race() {
        this(300, 5_000);
    }

    /** Adds a thread called {@code name} that repeats {@code step} at least {@code quota} times. */
    Race thread(String name, long quota, Step step) {
        names.add(name);
        quotas.add(quota);
        steps.add(step);
        return this;
    }

    /**
     * Starts every thread, releases them together, waits for all of them and returns how many
     * steps each one completed, in the order they were added. Rethrows the first failure.
     */
    long[] run() throws InterruptedException {
        int count = names.size();
        progress = new AtomicLongArray(count * SPREAD);
        long[] done = new long[count];
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        Thread[] threads = new Thread[count];
        for (int k = 0; k < count; k++) {
            int index = k;
            threads[k] = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    done[index] = repeat(index);
                } catch (Throwable failure) {
                    firstFailure.compareAndSet(null, attribute(names.get(index), failure));
                    stop = true;
                }
            }, names.get(k));
            threads[k].setDaemon(true);
        }
        try {
            for (Thread thread : threads) {
                thread.start();
            }
            ready.await();
            go.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            stop = true;
        }
        Throwable failure = firstFailure.get();
        if (failure instanceof AssertionError assertion) {
            throw assertion;
        }
        if (failure != null) {
            fail(failure.getMessage(), failure.getCause());
        }
        return done;
    }

    private long repeat(int index) throws Exception {
        Step step = steps.get(index);
        long quota = quotas.get(index);
        long start = System.nanoTime();
        long iteration = 0;
        while (!stop) {
            step.run(iteration);
            iteration++;
            if (iteration % CHECK_EVERY == 0) {
                progress.setRelease(index * SPREAD, iteration);
                long elapsed = System.nanoTime() - start;
                if ((iteration >= quota && elapsed >= minimumNanos && everyoneDone()) || elapsed >= limitNanos) {
                    break;
                }
            }
        }
        progress.setRelease(index * SPREAD, Long.MAX_VALUE);
        return iteration;
    }

    private boolean everyoneDone() {
        for (int k = 0; k < quotas.size(); k++) {
            if (progress.getAcquire(k * SPREAD) < quotas.get(k)) {
                return false;
            }
        }
        return true;
    }

    /** A test's own assertion passes unchanged; anything else is explained as the student's. */
    private static Throwable attribute(String thread, Throwable failure) {
        if (failure instanceof AssertionError) {
            return failure;
        }
        return new Exception("thread \"" + thread + "\" got " + failure + " from your code", failure);
    }
}
