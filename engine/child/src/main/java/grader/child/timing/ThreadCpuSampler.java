package grader.child.timing;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures how the CPU work of one timed call was divided among threads, and how much of it had
 * to run one part after another. A sampler thread reads every live thread's CPU time every
 * millisecond or so, so threads that a submission starts and joins inside the call are seen too
 * (only threads living less than a sampling period escape, and they did little work). For every
 * thread it keeps the CPU time used and the span of wall time in which that CPU time grew.
 *
 * <p>Why CPU clocks: another process on the machine takes cores away, which stretches wall times,
 * but it does not change how much CPU time each of the candidate's threads needed, nor which of
 * them were at work at the same moment. So the {@link CpuProfile} this yields is about the
 * submission, whatever else the machine ran.
 *
 * <p>One sampling at a time: {@link #start()} and {@link #stop()} are called by the probe's thread;
 * the sampler thread owns the per-thread records until {@code stop()} joins it (the records are
 * also guarded by {@code this}, since the probe's thread takes the first and last sample).
 */
final class ThreadCpuSampler {

    private static final long PERIOD_NANOS = 1_000_000;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Map<Long, ThreadRecord> records = new HashMap<>();
    private long previousSampleNanos;
    private Thread sampler;
    private volatile boolean running;

    ThreadCpuSampler() {
        threads.setThreadCpuTimeEnabled(true);
    }

    void start() {
        synchronized (this) {
            records.clear();
        }
        running = true;
        sampler = new Thread(this::sampleUntilStopped, "grader-cpu-sampler");
        sampler.setDaemon(true);
        sample(-1, true);
        sampler.start();
    }

    /** Stops sampling and returns how the call's CPU work was spread over its threads. */
    CpuProfile stop() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample(sampler.getId(), false);
        List<CpuProfile.Activity> activities = new ArrayList<>();
        synchronized (this) {
            for (ThreadRecord record : records.values()) {
                long used = record.lastCpu - record.firstCpu;
                if (used > 0) {
                    activities.add(new CpuProfile.Activity(used, record.activeFrom, record.activeUntil));
                }
            }
        }
        return CpuProfile.of(activities);
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
     * started inside the call and counts from zero. A thread whose CPU time grew since the last
     * sample was at work somewhere between that sample and this one: its active span widens to it.
     */
    private void sample(long excluded, boolean initial) {
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        long now = System.nanoTime();
        synchronized (this) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == excluded || cpu[i] < 0) {
                    continue;
                }
                ThreadRecord record = records.computeIfAbsent(ids[i], id -> new ThreadRecord());
                if (!record.seen) {
                    record.seen = true;
                    record.firstCpu = initial ? cpu[i] : 0;
                    record.lastCpu = record.firstCpu;
                }
                if (cpu[i] > record.lastCpu) {
                    if (record.activeFrom == 0) {
                        record.activeFrom = previousSampleNanos;
                    }
                    record.activeUntil = now;
                    record.lastCpu = cpu[i];
                }
            }
            previousSampleNanos = now;
        }
    }

    /** What the samples saw of one thread; guarded by the sampler's monitor. */
    private static final class ThreadRecord {
        boolean seen;
        long firstCpu;
        long lastCpu;
        long activeFrom;
        long activeUntil;
    }
}
