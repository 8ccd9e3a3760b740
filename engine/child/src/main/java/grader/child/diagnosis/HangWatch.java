package grader.child.diagnosis;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sees, from successive looks at the JVM's threads, when a running test can certainly never
 * finish, so that it can be ended at once instead of at its time limit. Three outcomes are
 * certain, and only those are reported:
 * <ul>
 *   <li><b>A deadlock</b>: threads of the test form a cycle, each waiting, without a time-out
 *       and uninterruptibly ({@code synchronized}, {@code Lock.lock()}), for a lock another one
 *       holds. None of them can ever run again.</li>
 *   <li><b>Nothing left to wake anyone</b>: every thread that could act (all but the JVM's and
 *       the runner's own, which were alive before any test and never touch student objects) waits
 *       without a time-out or is blocked on a monitor, and has stayed exactly so (same state,
 *       same lock, same count of waits and blocks) for {@link #STILL_NANOS}. Only another thread
 *       can end such a wait, and none is running. A thread asleep or in a timed wait, one reading
 *       a pipe or waiting for a process (shown as running) keeps the test alive; an idle worker
 *       of a pool (not a scheduled one) waiting for its next task with a time-out does not.</li>
 *   <li><b>A stuck static initialiser</b>: a thread left over from an earlier test is still inside
 *       a student class's {@code <clinit>}, and a thread of this test has been runnable without
 *       using any CPU for {@link #STILL_NANOS} (half that once an earlier test was found waiting
 *       for the same initialiser), which is how the JVM shows a thread waiting for
 *       another thread to finish initialising a class. Garbage collection pauses every thread the
 *       same way, so a look spanning mostly collection time does not count.</li>
 * </ul>
 * A thread of the test is one that was not alive when the test started. A thread left over from
 * an earlier test counts as one that could act, unless it waits like the test's own.
 *
 * <p>Not thread-safe: one watch per run, and one {@link Watch} per test, used by the one thread
 * that supervises the tests.
 */
public final class HangWatch {

    /** How long a stuck state must hold unchanged before it counts as permanent. */
    static final long STILL_NANOS = 1_000_000_000L;
    /** Looks in a row that must see the same deadlock. */
    private static final int DEADLOCK_LOOKS = 2;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final StudentClasses studentClasses;
    private final Set<Long> runnerThreads;
    /** Stuck initialisers an earlier test was already found waiting for: later tests need not look as long. */
    private final Set<String> confirmedInitialisers = new HashSet<>();

    /**
     * @param runnerThreads the threads alive before any test ran: the JVM's own and the runner's,
     *                      which never wake a student's thread
     */
    public HangWatch(StudentClasses studentClasses, Set<Long> runnerThreads) {
        this.studentClasses = studentClasses;
        this.runnerThreads = Set.copyOf(runnerThreads);
    }

    /**
     * Starts watching a test whose threads are those not in {@code before}; {@code supervisor} is
     * the thread that will call {@link Watch#look()} (it waits for the test with a time-out and
     * never wakes it).
     */
    public Watch watch(Set<Long> before, Thread supervisor) {
        return new Watch(Set.copyOf(before), supervisor.getId());
    }

    /** The watch over one test. */
    public final class Watch {
        private final Set<Long> before;
        private final long supervisor;
        private int deadlockLooks;
        private Map<Long, Waiting> stillSince = Map.of();
        private long stillStart;
        private final Map<Long, Long> frozenCpu = new HashMap<>();
        private long frozenStart;
        private long gcMillisAtFrozenStart;

        private Watch(Set<Long> before, long supervisor) {
            this.before = before;
            this.supervisor = supervisor;
        }

        /**
         * Looks at the threads once; returns why the test can never finish when that is certain
         * now, as a sentence for the student; empty otherwise. Call it every few hundred
         * milliseconds while the test runs.
         */
        public Optional<String> look() {
            long now = System.nanoTime();
            ThreadInfo[] all = threads.dumpAllThreads(false, false);
            return deadlock(all)
                    .or(() -> nothingLeftToWake(all, now))
                    .or(() -> waitingForStuckInitialiser(all, now));
        }

        private boolean ofTest(ThreadInfo info) {
            return !before.contains(info.getThreadId());
        }

        private Optional<String> deadlock(ThreadInfo[] all) {
            long[] cycle = threads.findDeadlockedThreads();
            Set<Long> deadlocked = new HashSet<>();
            if (cycle != null) {
                Arrays.stream(cycle).forEach(deadlocked::add);
            }
            boolean certain = Arrays.stream(all).anyMatch(info -> deadlocked.contains(info.getThreadId()) && ofTest(info))
                    && Arrays.stream(all).filter(info -> deadlocked.contains(info.getThreadId()))
                            .allMatch(HangWatch::waitsUninterruptibly);
            deadlockLooks = certain ? deadlockLooks + 1 : 0;
            return deadlockLooks >= DEADLOCK_LOOKS
                    ? Optional.of("its threads are deadlocked: each holds a lock that another one waits for")
                    : Optional.empty();
        }

        private Optional<String> nothingLeftToWake(ThreadInfo[] all, long now) {
            Map<Long, Waiting> waiting = new HashMap<>();
            for (ThreadInfo info : all) {
                long id = info.getThreadId();
                if (runnerThreads.contains(id) || id == supervisor) {
                    continue;
                }
                Thread.State state = info.getThreadState();
                if (state != Thread.State.WAITING && state != Thread.State.BLOCKED && !idlePoolWorker(info)) {
                    stillSince = Map.of();
                    return Optional.empty();
                }
                waiting.put(id, Waiting.of(info));
            }
            if (waiting.keySet().stream().allMatch(before::contains)) {
                stillSince = Map.of();   // the test's own threads have all ended: it is finishing
                return Optional.empty();
            }
            if (!waiting.equals(stillSince)) {
                stillSince = waiting;
                stillStart = now;
                return Optional.empty();
            }
            return now - stillStart >= STILL_NANOS
                    ? Optional.of("every one of its threads waits for another thread, without a time-out, and no thread"
                            + " is left running that could ever wake one")
                    : Optional.empty();
        }

        private Optional<String> waitingForStuckInitialiser(ThreadInfo[] all, long now) {
            Optional<String> initialiser = Arrays.stream(all)
                    .filter(info -> !ofTest(info) && !runnerThreads.contains(info.getThreadId()))
                    .map(this::studentInitialiser).flatMap(Optional::stream).findFirst();
            Map<Long, Long> cpuNow = initialiser.isEmpty() ? Map.of() : runnableInJavaCode(all);
            frozenCpu.entrySet().removeIf(entry -> !entry.getValue().equals(cpuNow.get(entry.getKey())));
            if (frozenCpu.isEmpty()) {
                frozenCpu.putAll(cpuNow);
                frozenStart = now;
                gcMillisAtFrozenStart = gcMillis();
                return Optional.empty();
            }
            long frozenMillis = (now - frozenStart) / 1_000_000;
            boolean mostlyCollecting = gcMillis() - gcMillisAtFrozenStart > frozenMillis / 2;
            long needed = confirmedInitialisers.contains(initialiser.get()) ? STILL_NANOS / 2 : STILL_NANOS;
            boolean longEnough = now - frozenStart >= needed;
            if (!longEnough || mostlyCollecting) {
                return Optional.empty();
            }
            confirmedInitialisers.add(initialiser.get());
            return Optional.of("it needs " + initialiser.get() + ", whose static initialiser an earlier test started"
                    + " and which has not finished since, so the class can never be used");
        }

        /** The CPU time of each thread of the test shown as running in Java code (not in a native call). */
        private Map<Long, Long> runnableInJavaCode(ThreadInfo[] all) {
            Map<Long, Long> cpu = new HashMap<>();
            for (ThreadInfo info : all) {
                StackTraceElement[] stack = info.getStackTrace();
                if (ofTest(info) && info.getThreadState() == Thread.State.RUNNABLE && stack.length > 0
                        && !stack[0].isNativeMethod()) {
                    cpu.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
                }
            }
            return cpu;
        }

        /** "class C (thread "t" is still in it at C.java:9)" when the thread is inside a student's {@code <clinit>}. */
        private Optional<String> studentInitialiser(ThreadInfo info) {
            StackTraceElement[] stack = info.getStackTrace();
            for (StackTraceElement frame : stack) {
                if (frame.getMethodName().equals("<clinit>") && studentClasses.owns(frame.getClassName())) {
                    StackTraceElement where = Arrays.stream(stack).filter(f -> studentClasses.owns(f.getClassName()))
                            .findFirst().orElse(frame);
                    return Optional.of("class " + simpleName(frame.getClassName()) + " (thread \"" + info.getThreadName()
                            + "\" is still in it, at " + where.getFileName() + ":" + where.getLineNumber() + ")");
                }
            }
            return Optional.empty();
        }
    }

    /**
     * What a waiting thread is doing, as far as it shows: equal between two looks only if the
     * thread has not moved at all (a wake-up and a new wait would raise its counts).
     */
    private record Waiting(Thread.State state, String lock, long waits, long blocks, int depth) {
        static Waiting of(ThreadInfo info) {
            return new Waiting(info.getThreadState(), info.getLockName(), info.getWaitedCount(), info.getBlockedCount(),
                    info.getStackTrace().length);
        }
    }

    /**
     * Whether a thread is an idle worker of a thread pool waiting for its next task, such as the
     * JDK's own process reaper after its process has ended: its time-out only lets it end, so it
     * wakes no one, and a task for it needs another thread to submit one. Not a worker of a
     * scheduled pool, which waits for the time of its next task.
     */
    private static boolean idlePoolWorker(ThreadInfo info) {
        StackTraceElement[] stack = info.getStackTrace();
        boolean scheduled = Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().startsWith("java.util.concurrent.ScheduledThreadPoolExecutor"));
        boolean waitingForTask = Arrays.stream(stack).anyMatch(frame ->
                frame.getClassName().equals("java.util.concurrent.ThreadPoolExecutor") && frame.getMethodName().equals("getTask")
                || frame.getClassName().equals("java.util.concurrent.ForkJoinPool") && frame.getMethodName().equals("awaitWork"));
        return info.getThreadState() == Thread.State.TIMED_WAITING && waitingForTask && !scheduled;
    }

    /**
     * Whether a thread waits for a lock without a time-out and without heeding an interrupt:
     * blocked entering a monitor, or parked in {@code lock()} rather than {@code lockInterruptibly()}
     * or {@code tryLock(time)}.
     */
    private static boolean waitsUninterruptibly(ThreadInfo info) {
        if (info.getThreadState() == Thread.State.BLOCKED) {
            return true;
        }
        return info.getThreadState() == Thread.State.WAITING && Arrays.stream(info.getStackTrace())
                .takeWhile(frame -> frame.getClassName().startsWith("java.") || frame.getClassName().startsWith("jdk."))
                .noneMatch(frame -> frame.getMethodName().contains("Interruptibly") || frame.getMethodName().contains("Nanos"));
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(time -> time > 0).sum();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
