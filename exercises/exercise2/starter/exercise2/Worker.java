package exercise2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One worker process. This file is given: the grader uses its own copy, whatever yours holds.
 * Your {@link ProcessPool} starts it in a JVM of its own:
 *
 * <pre>{@code
 *   JAVA_HOME/bin/java -cp CLASS_PATH exercise2.Worker
 * }</pre>
 *
 * <p><b>Its protocol.</b> It reads tasks from its standard input, one decimal {@code long} per
 * line, and for each task writes one line on its standard output, the decimal result of
 * {@link #compute}, flushing it at once. It answers the tasks in the order they arrive, one at
 * a time. It stops at a line holding {@link #SENTINEL} or at the end of its input; before it
 * exits it spends about {@value #FINISH_UP_MILLIS} ms finishing up, as a real process saving its
 * state would. Then it exits with status 0.
 *
 * <p><b>Slow tasks.</b> {@code compute(x)} takes about {@code x / 1,000,000} milliseconds, at
 * most one second: the tasks 0 to 999,999 are instant, 250,000,000 takes a quarter of a second.
 *
 * <p><b>Crashes.</b> A negative task, or a line that is neither a number nor the sentinel, makes
 * the worker die on the spot: its JVM halts with status {@value #CRASH_STATUS}, without answering
 * that task or any task after it. The pool sees the worker's standard output end.
 */
public final class Worker {

    /** The line that tells a worker to stop. */
    public static final String SENTINEL = "stop";

    /** The exit status of a worker that died on a task. */
    static final int CRASH_STATUS = 3;

    /** How long a worker takes to finish up after the sentinel or the end of its input. */
    static final long FINISH_UP_MILLIS = 200;

    /** A task {@code x} takes {@code x / TASK_PER_MILLI} ms, at most {@code MAX_TASK_MILLIS}. */
    private static final long TASK_PER_MILLI = 1_000_000;
    private static final long MAX_TASK_MILLIS = 1_000;
    private static final long NANOS_PER_MILLI = 1_000_000;

    private Worker() {
    }

    /** Serves tasks from standard input until the sentinel or the end of input. */
    public static void main(String[] args) {
        BufferedReader tasks = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        PrintStream results = System.out;
        try {
            for (String line = tasks.readLine(); line != null; line = tasks.readLine()) {
                String task = line.strip();
                if (task.equals(SENTINEL)) {
                    break;
                }
                long x = parseOrCrash(task);
                if (x < 0) {
                    crash();
                }
                results.println(compute(x));
                results.flush();
            }
        } catch (IOException e) {
            // The pool closed our input abruptly: treat it as the end of the input.
        }
        pause(FINISH_UP_MILLIS);
    }

    /**
     * The result of task {@code x}: a fixed mix of its bits (different tasks give different
     * results, often negative ones), after about {@code x / 1,000,000} ms (at most 1 s) of work.
     *
     * @throws IllegalArgumentException if {@code x < 0}: such a task has no result, it makes
     *         the worker process die (see the class comment)
     */
    public static long compute(long x) {
        if (x < 0) {
            throw new IllegalArgumentException("task " + x + " has no result: a negative task crashes its worker");
        }
        pause(Math.min(x / TASK_PER_MILLI, MAX_TASK_MILLIS));
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long parseOrCrash(String task) {
        try {
            return Long.parseLong(task);
        } catch (NumberFormatException notATask) {
            crash();
            return -1;   // not reached
        }
    }

    /** Dies at once, answering nothing more, as a process that crashed would. */
    private static void crash() {
        System.out.flush();
        Runtime.getRuntime().halt(CRASH_STATUS);
    }

    /** Sleeps about {@code millis} ms, however often interrupted. */
    private static void pause(long millis) {
        long deadline = System.nanoTime() + millis * NANOS_PER_MILLI;
        for (long left = millis * NANOS_PER_MILLI; left > 0; left = deadline - System.nanoTime()) {
            try {
                Thread.sleep(left / NANOS_PER_MILLI, (int) (left % NANOS_PER_MILLI));
            } catch (InterruptedException e) {
                // Keep pausing: the duration is part of the task.
            }
        }
    }
}
