package grader.watch;

import grader.InvalidInputException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a check, then again each time the sources change, until Ctrl-C. On a terminal each result
 * replaces the last one on the screen; otherwise ({@code --plain}, a log) results are appended
 * one after another with a timestamped separator.
 *
 * <p>Ctrl-C runs the JVM's shutdown hooks; the one this loop registers interrupts the loop's
 * thread and waits (briefly) until the check under way has stopped its test JVMs and removed its
 * temporary folder, so that an interrupted check leaves nothing behind.
 */
public final class WatchLoop {

    private static final String CLEAR_SCREEN = "\u001B[H\u001B[2J";
    private static final long CLEAN_UP_SECONDS = 15;

    private final Path sources;
    private final ChangeWatcher watcher;
    private final PrintStream out;
    private final boolean redrawInPlace;

    public WatchLoop(Path sources, ChangeWatcher watcher, PrintStream out, boolean redrawInPlace) {
        this.sources = sources;
        this.watcher = watcher;
        this.out = out;
        this.redrawInPlace = redrawInPlace;
    }

    /** Runs {@code check} now and after every change; returns only once interrupted. */
    public void run(Runnable check) {
        Thread loop = Thread.currentThread();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            loop.interrupt();
            try {
                stopped.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-stop"));
        try {
            SourceSnapshot seen = SourceSnapshot.of(sources);
            boolean first = true;
            while (true) {
                out.print(redrawInPlace ? CLEAR_SCREEN : first ? ""
                        : "\n──── " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                        + " a source changed; checking again ────\n\n");
                first = false;
                runOnce(check);
                out.println("\nWatching " + sources + " for changes to .java files; press Ctrl-C to stop.");
                seen = watcher.awaitChange(seen);
            }
        } catch (InterruptedException stop) {
            out.println("Stopped watching.");
        } catch (RuntimeException failure) {
            // A check cut short by Ctrl-C fails in whatever it was doing; that is the stop, not a fault.
            if (!stopping.get()) {
                throw failure;
            }
            out.println("\nStopped watching.");
        } finally {
            stopped.countDown();
        }
    }

    /** One check; input it refuses (two files declaring one class) is shown, and watching goes on. */
    private void runOnce(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException refused) {
            out.println("grader: " + refused.getMessage());
        }
    }
}
