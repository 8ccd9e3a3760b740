package grader.child.junit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The share of the CPU time this JVM's running threads want that the machine can give them now,
 * from 0 (exclusive) to 1: 1 while the threads wanting a core, this JVM's and every other
 * process's together, are no more than the cores; {@code cores / wanting} when there are more.
 * The count of threads wanting a core machine-wide is the kernel's ({@code /proc/loadavg}); where
 * there is no such file (macOS, Windows: a student's own machine), the share is always 1.
 *
 * <p>Only this JVM's own demand up to the cores counts against the others: a submission that
 * starts a hundred busy threads slows itself, and that earns it no extra time.
 *
 * <p>Not thread-safe: used by the one thread that supervises the tests.
 */
final class MachineShare {

    private static final Path LOAD = Path.of("/proc/loadavg");

    private final int cores = Runtime.getRuntime().availableProcessors();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean available = Files.isReadable(LOAD);
    private final Set<Long> runnerThreads;

    /**
     * @param runnerThreads the threads alive before any test ran, the supervisor among them: none is
     *                      part of a test's demand (the JVM shows some, such as its signal
     *                      dispatcher, as runnable while they sleep in the kernel)
     */
    MachineShare(Set<Long> runnerThreads) {
        this.runnerThreads = Set.copyOf(runnerThreads);
    }

    /** The share now; called by the supervisor, which the machine-wide count includes. */
    double now() {
        if (!available) {
            return 1;
        }
        try {
            String[] fields = Files.readString(LOAD).trim().split("\\s+");
            int wantingMachineWide = Integer.parseInt(fields[3].substring(0, fields[3].indexOf('/')));
            return share(cores, wantingMachineWide, runnableTestThreads());
        } catch (IOException | RuntimeException unreadable) {
            return 1;
        }
    }

    /**
     * @param wantingMachineWide threads wanting a core on the whole machine, the supervisor included
     * @param ownRunnable        the test's threads that want a core
     */
    static double share(int cores, int wantingMachineWide, int ownRunnable) {
        if (ownRunnable == 0) {
            return 1; // nothing of the test wants a core: the machine's load cannot slow it
        }
        int others = Math.max(0, wantingMachineWide - 1 - ownRunnable);
        int wanting = Math.min(cores, ownRunnable) + others;
        return wanting <= cores ? 1 : (double) cores / wanting;
    }

    private int runnableTestThreads() {
        int runnable = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
            if (info != null && !runnerThreads.contains(info.getThreadId()) && info.getThreadState() == Thread.State.RUNNABLE) {
                runnable++;
            }
        }
        return runnable;
    }
}
