package grader.child.timing;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures how the CPU work of one timed call was divided among threads, and how much of it had
 * to run one part after another. A sampler thread reads every live thread's CPU time every
 * millisecond or so, so threads that a submission starts and joins inside the call are seen too
 * (only threads living less than a sampling period escape, and they did little work). For every
 * thread it keeps its bursts of work: the spans of wall time in which its CPU time grew, with the
 * CPU time each used. A burst ends when the thread is seen waiting (parked, joining, sleeping,
 * blocked on a lock) without having worked since the last sample; a thread that is merely
 * waiting for a core (another process has it) stays runnable, so its burst goes on. That is what
 * tells a caller that computes beside its workers from one that waits for a worker and then
 * computes alone.
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
                record.closeBurst();
                activities.addAll(record.bursts);
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
     * sample was at work somewhere between that sample and this one: its burst widens to it.
     */
    private void sample(long excluded, boolean initial) {
        Map<Long, Thread.State> states = liveThreadStates();
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
                    record.lastCpu = initial ? cpu[i] : 0;
                }
                if (cpu[i] > record.lastCpu) {
                    record.worked(previousSampleNanos, now, cpu[i]);
                } else if (states.getOrDefault(ids[i], Thread.State.RUNNABLE) != Thread.State.RUNNABLE) {
                    record.closeBurst();
                }
            }
            previousSampleNanos = now;
        }
    }

    /**
     * The state of every live platform thread, by id: read from the threads themselves, which
     * needs no safepoint (a thread dump would stop the candidate's threads every millisecond).
     */
    private static Map<Long, Thread.State> liveThreadStates() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] live = new Thread[root.activeCount() + 16];
        int count = root.enumerate(live, true);
        Map<Long, Thread.State> states = new HashMap<>();
        for (Thread thread : Arrays.asList(live).subList(0, count)) {
            states.put(thread.getId(), thread.getState());
        }
        return states;
    }

    /** What the samples saw of one thread: its finished bursts and the one under way; guarded by the sampler's monitor. */
    private static final class ThreadRecord {
        final List<CpuProfile.Activity> bursts = new ArrayList<>();
        boolean seen;
        long lastCpu;
        long burstCpu = -1;
        long burstFrom;
        long burstUntil;

        /** The thread's CPU time grew to {@code cpu} between the samples at {@code from} and {@code until}. */
        void worked(long from, long until, long cpu) {
            if (burstCpu < 0) {
                burstCpu = lastCpu;
                burstFrom = from;
            }
            burstUntil = until;
            lastCpu = cpu;
        }

        void closeBurst() {
            if (burstCpu >= 0) {
                bursts.add(new CpuProfile.Activity(lastCpu - burstCpu, burstFrom, burstUntil));
                burstCpu = -1;
            }
        }
    }
}
