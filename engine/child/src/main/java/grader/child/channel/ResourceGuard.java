package grader.child.channel;

import grader.child.protocol.ChildEvent;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ends a child JVM at once when the code in it abuses a resource in a way that only ever ends at
 * a limit much later: printing more than {@link #OUTPUT_LIMIT_BYTES}, a heap that stays full
 * while the JVM does little but collect garbage (which otherwise goes on for minutes before an
 * {@code OutOfMemoryError}), or more than {@link #THREAD_LIMIT} threads at once (a thread bomb,
 * stopped before it reaches the run's operating-system task limit and wedges the JVM). It reports
 * {@link ChildEvent.Stopped} with one sentence on the channel and halts the JVM; the grader reads
 * that sentence as the reason the run ended.
 *
 * <p>One daemon thread of its own looks every {@link #LOOK_MILLIS}; it touches only the JVM's
 * management beans, the byte count of the output and the channel, which is thread-safe.
 */
final class ResourceGuard extends Thread {

    /** Output a whole run may print; 16 KiB of it per test are kept for the report. */
    static final long OUTPUT_LIMIT_BYTES = 4L * 1024 * 1024;
    /**
     * Threads of the JVM at once: the correct solutions use a few dozen, a pool sized for waiting
     * tasks a few hundred. Below the run's cgroup task limit (2048, threads and processes
     * together), so that the JVM still works when this stops it.
     */
    static final int THREAD_LIMIT = 1500;
    /** A heap this full after a collection, while collecting took this share of the time, is thrashing. */
    private static final double FULL_HEAP = 0.9;
    private static final double MOSTLY_COLLECTING = 0.8;
    private static final long GC_WINDOW_MILLIS = 2_000;
    /** Often enough to see a thread bomb (thousands of threads a second) before it reaches the task limit. */
    private static final long LOOK_MILLIS = 10;

    private final ResultsChannel channel;
    private final OutputCapture capture;

    ResourceGuard(ResultsChannel channel, OutputCapture capture) {
        super("grader resource guard");
        setDaemon(true);
        this.channel = channel;
        this.capture = capture;
    }

    @Override
    public void run() {
        long windowStart = System.nanoTime();
        long gcAtWindowStart = gcMillis();
        while (true) {
            try {
                Thread.sleep(LOOK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            long windowMillis = (now - windowStart) / 1_000_000;
            long collectingMillis = gcMillis() - gcAtWindowStart;
            Optional<String> abuse = overLimit(windowMillis >= GC_WINDOW_MILLIS
                    && collectingMillis >= MOSTLY_COLLECTING * windowMillis);
            if (abuse.isPresent()) {
                channel.send(new ChildEvent.Stopped(abuse.get(), capture.drain()));
                Runtime.getRuntime().halt(3);
            }
            if (windowMillis >= GC_WINDOW_MILLIS) {
                windowStart = now;
                gcAtWindowStart = gcMillis();
            }
        }
    }

    private Optional<String> overLimit(boolean mostlyCollecting) {
        long printed = capture.printedBytes();
        if (printed > OUTPUT_LIMIT_BYTES) {
            return Optional.of("your code printed more than " + OUTPUT_LIMIT_BYTES / (1024 * 1024)
                    + " MB of output");
        }
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        if (threads > THREAD_LIMIT) {
            return Optional.of("your code had " + threads + " threads running at once, more than the "
                    + THREAD_LIMIT + " allowed");
        }
        if (mostlyCollecting) {
            return fullHeap().map(usage -> String.format("the heap was full (%d MB of %d MB still in use after"
                    + " garbage collection) and the JVM did little but collect garbage: your code keeps too much",
                    usage.getUsed() >> 20, usage.getMax() >> 20));
        }
        return Optional.empty();
    }

    /** The old generation's use after its last collection, when that left it {@link #FULL_HEAP} full. */
    private static Optional<MemoryUsage> fullHeap() {
        List<MemoryUsage> afterCollection = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
                .map(MemoryPoolMXBean::getCollectionUsage)
                .filter(usage -> usage != null && usage.getMax() > 0)
                .toList();
        return afterCollection.stream().max(Comparator.comparingLong(MemoryUsage::getMax))
                .filter(usage -> usage.getUsed() >= FULL_HEAP * usage.getMax());
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(time -> time > 0).sum();
    }
}
