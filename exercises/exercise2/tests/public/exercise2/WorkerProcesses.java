package exercise2;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The tests' view of the worker processes: the processes this test JVM has started (its
 * descendants), seen through {@link ProcessHandle}; the pools the tests start; and the clean-up
 * that leaves neither behind for the next test. Not a test class; the test classes of this
 * exercise share it.
 */
final class WorkerProcesses {

    private static final Duration CLOSE_LIMIT = Duration.ofSeconds(5);
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(20);

    /** The pools the tests started and {@link #cleanUp} has not closed yet. Guarded by itself. */
    private static final List<ProcessPool> OPEN_POOLS = new ArrayList<>();

    private WorkerProcesses() {
    }

    /** The processes started by this JVM, or by processes it started, that are alive now. */
    static List<ProcessHandle> alive() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }

    /**
     * Waits up to {@code within} until exactly {@code expected} descendants are alive, and returns
     * the ones alive at the end (so fewer or more than {@code expected} if that never happened).
     */
    static List<ProcessHandle> awaitAlive(int expected, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        List<ProcessHandle> alive = alive();
        while (alive.size() != expected && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            alive = alive();
        }
        return alive;
    }

    /**
     * For messages, the processes as a count and a list: "none", or "2 (process 1234 running
     * exercise2.Worker, process 1240 running exercise2.Worker)".
     */
    static String describe(List<ProcessHandle> processes) {
        if (processes.isEmpty()) {
            return "none";
        }
        return processes.size() + " ("
                + processes.stream().map(WorkerProcesses::describe).collect(Collectors.joining(", ")) + ")";
    }

    private static String describe(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        String what = command.contains("exercise2.Worker") ? "exercise2.Worker"
                : command.isEmpty() ? "an unknown command"
                : command.length() <= 80 ? command : command.substring(0, 77) + "...";
        return "process " + process.pid() + " running " + what;
    }

    /** Starts a pool that the next {@link #cleanUp} closes, whatever becomes of the test. */
    static ProcessPool newPool(int workers) {
        ProcessPool pool = new ProcessPool(workers);
        synchronized (OPEN_POOLS) {
            OPEN_POOLS.add(pool);
        }
        return pool;
    }

    /**
     * Before each test (and after the last): leaves no pool open and no process alive from
     * earlier tests. It runs before a test rather than after one so that, when a test times out,
     * its pool's threads are still where they were stuck when the grader describes them.
     *
     * <p>It kills the processes first, which frees a pool stuck on a pipe; then closes the pools
     * (giving up on a close that hangs or throws: the close tests judge close, not this); then
     * kills again until no process is left, since a pool may have replaced the killed workers.
     */
    static void cleanUp() throws InterruptedException {
        killAll();
        List<ProcessPool> pools;
        synchronized (OPEN_POOLS) {
            pools = new ArrayList<>(OPEN_POOLS);
            OPEN_POOLS.clear();
        }
        for (ProcessPool pool : pools) {
            Thread closer = new Thread(() -> {
                try {
                    pool.close();
                } catch (RuntimeException ignored) {
                    // A broken close is the close tests' business, not the clean-up's.
                }
            }, "test clean-up: close an earlier test's pool");
            closer.setDaemon(true);
            closer.start();
            closer.join(CLOSE_LIMIT.toMillis());
        }
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        do {
            killAll();
            Thread.sleep(POLL.toMillis());
        } while (!alive().isEmpty() && System.nanoTime() < deadline);
    }

    /** Kills every descendant of this JVM and waits (a few seconds at most) until each is gone. */
    static void killAll() throws InterruptedException {
        List<ProcessHandle> left = new ArrayList<>(ProcessHandle.current().descendants().toList());
        left.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : left) {
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // Nothing more can be done from here; the grader kills the whole tree at the end.
            }
        }
    }
}
