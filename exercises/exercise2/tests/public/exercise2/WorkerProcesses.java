package exercise2;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The tests' view of the worker processes: the processes this test JVM has started (its
 * descendants), seen through {@link ProcessHandle}, and the clean-up that leaves none behind for
 * the next test. Not a test class; the test classes of this exercise share it.
 */
final class WorkerProcesses {

    private static final Duration CLOSE_LIMIT = Duration.ofSeconds(8);
    private static final Duration POLL = Duration.ofMillis(20);

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

    /** For messages: "2 processes: 1234 (exercise2.Worker), 1240 (exercise2.Worker)". */
    static String describe(List<ProcessHandle> processes) {
        if (processes.isEmpty()) {
            return "no process";
        }
        return processes.size() + (processes.size() == 1 ? " process: " : " processes: ")
                + processes.stream().map(WorkerProcesses::describe).collect(Collectors.joining(", "));
    }

    private static String describe(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        String what = command.contains("exercise2.Worker") ? "exercise2.Worker"
                : command.isEmpty() ? "command unknown"
                : command.length() <= 80 ? command : command.substring(0, 77) + "...";
        return process.pid() + " (" + what + ")";
    }

    /**
     * After a test: closes its pools (giving up on a close that takes longer than a few seconds or
     * throws: the test has judged close already if it meant to), then kills whatever process is
     * still alive and waits until it is gone, so the next test starts with none.
     */
    static void cleanUp(List<ProcessPool> pools) throws InterruptedException {
        for (ProcessPool pool : pools) {
            Thread closer = new Thread(() -> {
                try {
                    pool.close();
                } catch (RuntimeException ignored) {
                    // A broken close is the close tests' business, not the clean-up's.
                }
            }, "test clean-up: close the pool");
            closer.setDaemon(true);
            closer.start();
            closer.join(CLOSE_LIMIT.toMillis());
        }
        killAll();
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
