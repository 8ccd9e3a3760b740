package grader.child.diagnosis;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Explains, in a student's terms, where the threads running student code are stuck: which
 * method and line each one is in, which lock it waits for and who holds it, and any deadlock
 * cycle the JVM can see (monitors and {@code java.util.concurrent} locks alike).
 *
 * <p>Stateless and thread-safe; a snapshot is taken on each call.
 */
public final class ThreadDiagnosis {

    private final StudentClasses studentClasses;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public ThreadDiagnosis(StudentClasses studentClasses) {
        this.studentClasses = studentClasses;
    }

    /** The ids of the threads alive now: what an earlier test may have left stuck. */
    public static Set<Long> liveThreadIds() {
        Set<Long> ids = new HashSet<>();
        for (long id : ManagementFactory.getThreadMXBean().getAllThreadIds()) {
            ids.add(id);
        }
        return ids;
    }

    /**
     * A few lines of plain text about the threads not in {@code earlier} (left over from earlier
     * tests); empty when none of them is inside student code.
     */
    public String describe(Set<Long> earlier) {
        ThreadInfo[] all = threads.dumpAllThreads(threads.isObjectMonitorUsageSupported(),
                threads.isSynchronizerUsageSupported());
        Map<Long, ThreadInfo> byId = new LinkedHashMap<>();
        for (ThreadInfo info : all) {
            if (!earlier.contains(info.getThreadId())) {
                byId.put(info.getThreadId(), info);
            }
        }
        List<String> lines = new ArrayList<>();
        long[] deadlocked = threads.findDeadlockedThreads();
        if (deadlocked != null) {
            lines.addAll(describeCycles(Arrays.stream(deadlocked).filter(byId::containsKey).toArray(), byId));
        }
        for (ThreadInfo info : byId.values()) {
            firstStudentFrame(info).ifPresent(frame -> lines.add(describeThread(info, frame)));
        }
        return String.join("\n", lines);
    }

    private List<String> describeCycles(long[] deadlocked, Map<Long, ThreadInfo> byId) {
        List<String> cycles = new ArrayList<>();
        Set<Long> explained = new LinkedHashSet<>();
        for (long start : deadlocked) {
            if (explained.contains(start)) {
                continue;
            }
            List<String> steps = new ArrayList<>();
            long current = start;
            Set<Long> seen = new LinkedHashSet<>();
            while (seen.add(current)) {
                ThreadInfo info = byId.get(current);
                if (info == null || info.getLockOwnerId() < 0) {
                    break;
                }
                steps.add("thread \"" + info.getThreadName() + "\" holds " + heldLocks(info)
                        + " and waits for " + lockName(info.getLockInfo())
                        + ", held by thread \"" + info.getLockOwnerName() + "\"");
                current = info.getLockOwnerId();
            }
            explained.addAll(seen);
            cycles.add("Deadlock: " + String.join("; ", steps) + ". Each waits for the other forever.");
        }
        return cycles;
    }

    private String describeThread(ThreadInfo info, StackTraceElement frame) {
        StringBuilder line = new StringBuilder("Thread \"").append(info.getThreadName()).append("\" is ")
                .append(info.getThreadState().toString().toLowerCase().replace('_', ' '))
                .append(" in ").append(simpleName(frame.getClassName())).append('.').append(frame.getMethodName())
                .append(" (").append(frame.getFileName()).append(':').append(frame.getLineNumber()).append(')');
        if (info.getLockInfo() != null) {
            line.append(", waiting for ").append(lockName(info.getLockInfo()));
            if (info.getLockOwnerName() != null) {
                line.append(" held by thread \"").append(info.getLockOwnerName()).append('"');
            }
        }
        return line.toString();
    }

    private Optional<StackTraceElement> firstStudentFrame(ThreadInfo info) {
        return Arrays.stream(info.getStackTrace())
                .filter(frame -> studentClasses.owns(frame.getClassName()))
                .findFirst();
    }

    private static String heldLocks(ThreadInfo info) {
        List<String> held = new ArrayList<>();
        for (MonitorInfo monitor : info.getLockedMonitors()) {
            held.add(lockName(monitor));
        }
        for (LockInfo synchronizer : info.getLockedSynchronizers()) {
            held.add(lockName(synchronizer));
        }
        return held.isEmpty() ? "no lock" : String.join(" and ", held);
    }

    private static String lockName(LockInfo lock) {
        return lock == null ? "nothing" : "the lock of " + simpleName(lock.getClassName())
                + "@" + Integer.toHexString(lock.getIdentityHashCode());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
