package exercise4;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Hidden tests of two rules of the statement on calls large enough to break them: a call never
 * runs more threads at once than its {@code threads} argument allows, and sumOfSquaresBelow stays
 * exact beyond {@code Integer.MAX_VALUE}.
 *
 * <p>This class runs in a JVM of its own with the full JIT (exercise.json), as the timing check
 * does. Summing 2 billion squares takes seconds with it, but under the quick C1 compiler of the
 * other test JVMs a correct solution built on a stream of every single number needs longer than
 * a test may take. Its own JVM also means no thread left running by a timed-out test of another
 * class can be taken for one of this call's threads. The thread limit runs first for the same
 * reason: a solution that loops forever beyond {@code Integer.MAX_VALUE} leaves its thread running.
 *
 * <p>How the thread limit is observed. While the test calls the student's code, a sampler thread
 * takes a snapshot of every thread of the JVM about once a millisecond. The JVM takes the states
 * and stacks of all threads at one instant, so a snapshot shows which threads were working for the
 * call at the same moment. A thread counts as working for the call when it is runnable (computing,
 * or ready to compute as soon as the operating system gives it a core) and its stack shows the
 * submission's code or a stream pipeline being evaluated. Threads waiting for a result, parked
 * in an idle pool or sleeping do not count, and neither does the calling thread while it only
 * waits: the caller counts as one of the threads exactly when it computes a share itself.
 *
 * <p>Why that never flags a correct solution and never misses the common-pool stream. The count
 * is of threads that want to run, not of threads the operating system happened to run, so a busy
 * machine cannot hide two threads computing side by side. The workers of a fork/join pool count
 * as at most the pool's parallelism, since such a pool briefly runs a spare worker beside one
 * released from {@code join()} (see {@link Sampler#count}). A correct solution then crosses the
 * limit at most for the few microseconds in which a finished worker hands its result back while
 * the next thread takes over; the test therefore demands the excess in several snapshots before
 * it fails, while a parallel stream on the common pool shows it in most of them: with one thread
 * asked for, the caller and a common-pool worker compute side by side for the whole call.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParallelSumLargeInputTest {

    /** Large enough for a long call, so the sampler sees it many times; the sum wraps. */
    private static final long N = 1L << 27;

    private static final int ARRAY_LENGTH = 1 << 22;

    /** Snapshots of the calls wanted per case before the test decides. */
    private static final int SNAPSHOTS_WANTED = 100;

    /** Repeated calls per case at most, whatever the sampler managed to see. */
    private static final int MAX_CALLS = 40;

    /** A correct solution can cross the limit only in passing; more snapshots than this cannot be chance. */
    private static final int TOLERATED_SNAPSHOTS = 2;

    @Test
    @Order(1)
    @DisplayName("never more threads at once than the threads argument allows")
    void neverMoreThreadsThanAsked() throws InterruptedException {
        long[] values = new long[ARRAY_LENGTH];
        for (int i = 0; i < values.length; i++) {
            values[i] = i - ARRAY_LENGTH / 2;
        }
        for (int threads : new int[] {1, 2}) {
            checkThreadLimit("sumOfSquaresBelow(" + N + ", " + threads(threads) + ")", threads,
                    () -> ParallelSum.sumOfSquaresBelow(N, threads));
        }
        checkThreadLimit("sumOfSquares(array of " + ARRAY_LENGTH + " values, 1 thread)", 1,
                () -> ParallelSum.sumOfSquares(values, 1));
    }

    /**
     * Past {@code Integer.MAX_VALUE}, an {@code int} loop index or an {@code int} range bound wraps
     * around to a negative number: the loop sums nothing, or the wrong range, without any error.
     * The expected value comes from the closed form, since a loop over 2 billion numbers would
     * double the cost of the test. The call itself still sums 2 billion squares, so there is one:
     * with 3 threads, whose ranges do not divide n evenly, and the last of which ends beyond
     * Integer.MAX_VALUE.
     */
    @Test
    @Order(2)
    @DisplayName("sumOfSquaresBelow for n beyond Integer.MAX_VALUE")
    void sumBelowBeyondIntRange() {
        long n = (1L << 31) + 1_000_001;
        long expected = closedFormSumOfSquaresBelow(n);
        long actual = ParallelSum.sumOfSquaresBelow(n, 3);
        if (actual != expected) {
            fail("sumOfSquaresBelow(" + n + ", 3 threads) returned " + actual + " but the wrapped sum of "
                    + "i * i for 0 <= i < " + n + " (2^31 + 1,000,001) is " + expected + ": an int loop "
                    + "counter or range bound wraps around beyond Integer.MAX_VALUE; count with a long");
        }
    }

    /**
     * The sum of i * i for 0 <= i < n is (n - 1) n (2n - 1) / 6. The division must be exact, so
     * the product is taken in full precision; its low 64 bits are the wrapped sum, because wrapping
     * arithmetic is arithmetic modulo 2^64 and every step of the loop is too.
     */
    private static long closedFormSumOfSquaresBelow(long n) {
        BigInteger big = BigInteger.valueOf(n);
        return big.subtract(BigInteger.ONE).multiply(big).multiply(big.shiftLeft(1).subtract(BigInteger.ONE))
                .divide(BigInteger.valueOf(6)).longValue();
    }

    private static void checkThreadLimit(String call, int threads, LongSupplier work) throws InterruptedException {
        Sampler sampler = new Sampler(threads);
        Thread samplerThread = new Thread(sampler, "thread-limit-sampler");
        samplerThread.setDaemon(true);
        samplerThread.start();
        try {
            for (int calls = 0; calls < MAX_CALLS && sampler.snapshots() < SNAPSHOTS_WANTED; calls++) {
                work.getAsLong();
            }
        } finally {
            sampler.stop();
            samplerThread.join(TimeUnit.SECONDS.toMillis(5));
        }
        if (sampler.overLimit() > TOLERATED_SNAPSHOTS) {
            fail(call + " ran your code on " + sampler.most() + " threads at the same moment ("
                    + sampler.overLimit() + " of " + sampler.snapshots() + " snapshots showed more than "
                    + threads(threads) + " working; for instance " + sampler.example() + "). A call may "
                    + "use at most `threads` threads at once, the calling thread included when it takes a "
                    + "share. A parallel stream, or a task given to ForkJoinPool.commonPool(), runs on "
                    + "every core whatever `threads` says, and a pool of more than `threads` threads runs "
                    + "them all; run your work inside a pool of `threads` threads.");
        }
    }

    private static String threads(int threads) {
        return threads == 1 ? "1 thread" : threads + " threads";
    }

    /**
     * Takes snapshots of all threads until stopped, counting in each the threads working for the
     * call. Its counters are written by the sampler thread only and read after it has ended
     * ({@link Thread#join} makes them visible), except {@link #snapshots()}, which is volatile so
     * the calling thread can see when enough have been taken.
     */
    private static final class Sampler implements Runnable {
        private final ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        private final int limit;
        private volatile boolean stopped;
        private volatile int snapshots;
        private int overLimit;
        private int most;
        private String example = "";
        private final Map<Long, Thread> threadsById = new HashMap<>();

        Sampler(int limit) {
            this.limit = limit;
        }

        @Override
        public void run() {
            long self = Thread.currentThread().getId();
            while (!stopped) {
                List<ThreadInfo> working = new ArrayList<>();
                for (ThreadInfo info : threadBean.getThreadInfo(threadBean.getAllThreadIds(), Integer.MAX_VALUE)) {
                    if (info != null && info.getThreadId() != self && worksForTheCall(info)) {
                        working.add(info);
                    }
                }
                int count = count(working);
                if (count > limit) {
                    overLimit++;
                    if (count > most) {
                        most = count;
                        example = working.stream().map(ThreadInfo::getThreadName).collect(Collectors.joining(", "));
                    }
                }
                snapshots++;
                pause();
            }
        }

        /**
         * The threads of one snapshot that count against the limit: each working thread, except
         * that the workers of one fork/join pool count as at most its parallelism. Such a pool
         * keeps that many workers active, but when one of them waits in {@code join()} for a task
         * another worker is still running, the pool starts a spare to keep the others busy, and
         * for a few milliseconds after the wait ends the spare and the released worker both
         * compute. That is the pool's own doing, in a pool whose parallelism the student set to
         * {@code threads} as the statement says; a pool built with more, or the common pool
         * with the caller computing beside it, still counts in full.
         */
        private int count(List<ThreadInfo> working) {
            Map<ForkJoinPool, Integer> workersPerPool = new IdentityHashMap<>();
            int count = 0;
            for (ThreadInfo info : working) {
                Thread thread = thread(info.getThreadId());
                if (thread instanceof ForkJoinWorkerThread) {
                    workersPerPool.merge(((ForkJoinWorkerThread) thread).getPool(), 1, Integer::sum);
                } else {
                    count++;
                }
            }
            for (Map.Entry<ForkJoinPool, Integer> pool : workersPerPool.entrySet()) {
                count += Math.min(pool.getValue(), pool.getKey().getParallelism());
            }
            return count;
        }

        /**
         * The live thread of this id, or null once it has ended. Threads are looked up again only
         * when a new one appears, since listing them all stops the JVM for a moment.
         */
        private Thread thread(long id) {
            if (!threadsById.containsKey(id)) {
                for (Thread thread : Thread.getAllStackTraces().keySet()) {
                    threadsById.put(thread.getId(), thread);
                }
            }
            return threadsById.get(id);
        }

        /**
         * Runnable, and running the submission's code, or a stream pipeline on a thread that is not
         * the grader's own (the grader's threads in the test JVM, such as its resource guard, use
         * streams too; the common pool's workers, which run a submission's parallel stream, show
         * only stream frames). A thread whose innermost frames are a pool's or a lock's, before any
         * of the submission's or a stream's, is waiting for a result, however runnable it looks: a
         * fork/join task's join spins runnable in {@code ForkJoinTask.awaitDone} before it parks,
         * and its pool then starts a spare worker to keep {@code threads} of them computing.
         */
        private static boolean worksForTheCall(ThreadInfo info) {
            if (info.getThreadState() != Thread.State.RUNNABLE) {
                return false;
            }
            boolean stream = false;
            boolean grader = false;
            for (StackTraceElement frame : info.getStackTrace()) {
                String name = frame.getClassName();
                if (isSubmission(name)) {
                    return true;
                }
                if (!stream && isWaiting(name)) {
                    return false;
                }
                stream |= name.startsWith("java.util.stream.");
                grader |= name.startsWith("grader.");
            }
            return stream && !grader;
        }

        /**
         * A pool's or a lock's class, where a thread waits for a result or a turn; not the rest of
         * {@code java.util.concurrent}, such as an atomic or a concurrent map, which computes.
         */
        private static boolean isWaiting(String className) {
            return className.startsWith("java.util.concurrent.ForkJoin") || className.startsWith("java.util.concurrent.locks.")
                    || className.equals("java.util.concurrent.CompletableFuture") || className.equals("java.util.concurrent.FutureTask");
        }

        /** A class of the exercise's package other than this test, which only calls and samples. */
        private static boolean isSubmission(String className) {
            String testClass = ParallelSumLargeInputTest.class.getName();
            return className.startsWith("exercise4.") && !className.equals(testClass)
                    && !className.startsWith(testClass + "$");
        }

        private static void pause() {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            stopped = true;
        }

        int snapshots() {
            return snapshots;
        }

        int overLimit() {
            return overLimit;
        }

        int most() {
            return most;
        }

        String example() {
            return example;
        }
    }
}
