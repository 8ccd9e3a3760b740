package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' way of making threads collide: several named threads, released together, each
 * repeating its step against the same accounts.
 *
 * <p>A race condition shows only when threads interleave inside the racy code, so the race is
 * measured in interleavings, not in time: every few steps each thread looks whether the others
 * have made progress since it last looked. On free cores, where the threads truly run in
 * parallel, that is nearly always so; on a busy machine, where they take turns on one core, it
 * happens once per switch between them, and each switch may fall inside a check-then-act or a
 * read-modify-write. No thread stops before every thread has
 * <ul>
 *   <li>done its quota of steps,</li>
 *   <li>seen the others progress at least {@link #INTERLEAVINGS} separate times, and</li>
 *   <li>run for the race's minimum time,</li>
 * </ul>
 * so each thread's whole share runs while all the others are still running, however the threads
 * are scheduled.
 *
 * <p>A step fails the race by throwing (an {@link AssertionError} from the test's own check, or
 * whatever the student's code threw); the first failure stops every thread and is rethrown by
 * {@link #run()}. A thread stuck in the student's code (a deadlock) makes {@link #run()} wait
 * until the test's timeout, whose report then shows where each thread is stuck. The threads are
 * daemons, and when a race is left behind by a timeout, every thread of it that is not stuck stops.
 *
 * <p>Set up and run by one test thread; a race is run once.
 */
final class Race {

    /** One step of a racing thread; {@code iteration} counts from 0. */
    @FunctionalInterface
    interface Step {
        void run(long iteration) throws Exception;
    }

    /** How many times each thread must see the others progress before the race may end. */
    static final int INTERLEAVINGS = 300;
    /** How often (in steps) a thread publishes its progress and looks at the others'. */
    private static final int CHECK_EVERY = 32;
    /** Slots apart in {@link #progress}, so that two threads' counters never share a cache line. */
    private static final int SPREAD = 16;

    private final long minimumNanos;
    private final long limitNanos;
    private final List<String> names = new ArrayList<>();
    private final List<Long> quotas = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    private volatile boolean stop;
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    /** How many threads have met all their conditions to stop. */
    private final AtomicInteger satisfied = new AtomicInteger();
    /** Steps done by each thread, at index {@code thread * SPREAD}; written by that thread only. */
    private AtomicLongArray progress;

    /**
     * A race that lasts at least {@code minimumMillis} and ends, without failing, once
     * {@code limitMillis} have passed even if not every condition is met (a correct solution ends
     * long before; the limit only keeps a very slow one, or a starved machine, from running into
     * the test's timeout).
     */
    Race(long minimumMillis, long limitMillis) {
        this.minimumNanos = TimeUnit.MILLISECONDS.toNanos(minimumMillis);
        this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMillis);
    }

    /** A race of at least 200 ms, cut short after 2 s. */
    Race() {
        this(200, 2_000);
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

    /** One thread's loop; returns how many steps it did. */
    private long repeat(int index) throws Exception {
        Step step = steps.get(index);
        long quota = quotas.get(index);
        long start = System.nanoTime();
        long othersBefore = 0;
        int interleavings = 0;
        boolean content = false;
        long iteration = 0;
        while (!stop) {
            step.run(iteration);
            iteration++;
            if (iteration % CHECK_EVERY != 0) {
                continue;
            }
            progress.setRelease(index * SPREAD, iteration);
            long othersNow = othersProgress(index);
            if (othersNow != othersBefore) {
                interleavings++;
                othersBefore = othersNow;
            }
            long elapsed = System.nanoTime() - start;
            if (!content && iteration >= quota && interleavings >= INTERLEAVINGS && elapsed >= minimumNanos) {
                content = true;
                satisfied.incrementAndGet();
            }
            if ((content && satisfied.get() == names.size()) || elapsed >= limitNanos) {
                break;
            }
        }
        return iteration;
    }

    private long othersProgress(int index) {
        long sum = 0;
        for (int k = 0; k < names.size(); k++) {
            if (k != index) {
                sum += progress.getAcquire(k * SPREAD);
            }
        }
        return sum;
    }

    /** A test's own assertion passes unchanged; anything else is explained as the student's. */
    private static Throwable attribute(String thread, Throwable failure) {
        if (failure instanceof AssertionError) {
            return failure;
        }
        return new Exception("thread \"" + thread + "\" got " + failure + " from your code", failure);
    }
}
