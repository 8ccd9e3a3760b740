package grader.child.timing;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures how the CPU work of one timed call was divided among threads: a sampler thread reads
 * every live thread's CPU time every millisecond or two, so threads that a submission starts and
 * joins inside the call are seen too (only threads living less than a sampling period escape,
 * and they did little work). The figure it yields, total thread CPU over the busiest thread's
 * CPU, is about 1 for work done in one thread and about N for work split evenly over N — whatever
 * else the machine is doing, since a busy core slows threads but does not merge them.
 *
 * <p>One sampling at a time: {@link #start()} and {@link #stop()} are called by the probe's thread;
 * the sampler thread owns {@code first} and {@code last} until {@code stop()} joins it.
 */
final class ThreadCpuSampler {

    private static final long PERIOD_NANOS = 1_000_000;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> first = new HashMap<>();
    private final Map<Long, Long> last = new HashMap<>();
    private Thread sampler;
    private volatile boolean running;

    ThreadCpuSampler() {
        threads.setThreadCpuTimeEnabled(true);
    }

    void start() {
        first.clear();
        last.clear();
        running = true;
        sampler = new Thread(this::sampleUntilStopped, "grader-cpu-sampler");
        sampler.setDaemon(true);
        sample(-1, true);
        sampler.start();
    }

    /** Stops sampling; returns total thread CPU over the busiest thread's CPU (1 when nothing ran). */
    double stop() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample(sampler.getId(), false);
        long total = 0;
        long busiest = 0;
        for (Map.Entry<Long, Long> end : last.entrySet()) {
            long used = end.getValue() - first.getOrDefault(end.getKey(), 0L);
            total += used;
            busiest = Math.max(busiest, used);
        }
        return busiest == 0 ? 1 : (double) total / busiest;
    }

    private void sampleUntilStopped() {
        long self = Thread.currentThread().getId();
        while (running) {
            sample(self, false);
            LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    /**
     * Records every live thread's CPU time but the sampler's own ({@code excluded}). A thread first
     * seen in the {@code initial} sample counts from its CPU time then; one first seen later was
     * started inside the call and counts from zero.
     */
    private void sample(long excluded, boolean initial) {
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        synchronized (this) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] != excluded && cpu[i] >= 0) {
                    first.putIfAbsent(ids[i], initial ? cpu[i] : 0L);
                    last.put(ids[i], cpu[i]);
                }
            }
        }
    }
}
