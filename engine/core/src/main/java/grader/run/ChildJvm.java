package grader.run;

import grader.child.channel.ChannelCodec;
import grader.child.protocol.ChildEvent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Starts a child JVM with the current Java runtime, an empty environment and a fresh channel key,
 * reads its authenticated results, and makes sure that when {@link #run} returns, the JVM and
 * every process it started are gone, whether it finished, crashed or hung.
 *
 * <p>Each call owns its process and two reader threads (standard output for the channel,
 * standard error for the JVM's own messages), which end with the process's streams; {@code run}
 * waits for them (briefly, should an escaped process hold a pipe) before it returns.
 * Thread-safe: calls share nothing.
 */
public final class ChildJvm {

    private static final int OTHER_OUTPUT_LIMIT_CHARS = 8 * 1024;
    private static final SecureRandom KEYS = new SecureRandom();
    private static final long READER_GRACE_MILLIS = 5_000;
    /** Longer than any channel message (their output fields are capped at 16 KiB in the child). */
    private static final int LINE_LIMIT_CHARS = 1024 * 1024;
    private static final int RUNS_WHEN_KILLED = 3;

    private final Sandbox sandbox;
    private final ProcessLimits limits;
    private final SharedClassArchive classArchive;

    public ChildJvm(Sandbox sandbox, ProcessLimits limits, SharedClassArchive classArchive) {
        this.sandbox = sandbox;
        this.limits = limits;
        this.classArchive = classArchive;
    }

    /**
     * Runs the child to its end and returns what it left behind. A JVM killed from outside
     * ({@link ChildOutcome#killedFromOutside()}) is run again, up to {@link #RUNS_WHEN_KILLED} times in all,
     * since its outcome says nothing about the student's code.
     *
     * @throws IllegalStateException if every one of those runs was killed from outside: the
     *         grader's own failure, which the callers retry later and which costs no points
     */
    public ChildOutcome run(ChildLaunch launch) {
        for (int attempt = 1; attempt <= RUNS_WHEN_KILLED; attempt++) {
            ChildOutcome outcome;
            try (ProcessLimits.Confinement confinement = limits.confine(launch.memoryBytes(), launch.cpuSeconds())) {
                outcome = run(launch, confinement);
            }
            if (!outcome.killedFromOutside()) {
                return outcome;
            }
        }
        throw new IllegalStateException("a test JVM was killed from outside the grader " + RUNS_WHEN_KILLED
                + " times in a row (exit status 137 with none of its limits reached): the machine may be out of"
                + " memory or shutting down");
    }

    private ChildOutcome run(ChildLaunch launch, ProcessLimits.Confinement confinement) {
        byte[] key = new byte[32];
        KEYS.nextBytes(key);
        List<String> sharing = classArchive.jvmOptions();
        List<Path> visible = new ArrayList<>(launch.classPath());
        classArchive.file().ifPresent(visible::add);
        List<String> command = confinement.wrap(sandbox.wrap(command(launch, sharing), visible, launch.workingFolder()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(launch.workingFolder().toFile());
        builder.environment().clear();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a test JVM", e);
        }
        try {
            ChannelSink channel = new ChannelSink(new ChannelCodec(key));
            CappedText errors = new CappedText();
            LineReader stdout = new LineReader("child-stdout-reader", process.getInputStream(), channel::accept);
            LineReader stderr = new LineReader("child-stderr-reader", process.getErrorStream(), errors::append);
            stdout.start();
            stderr.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write((HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException jvmAlreadyGone) {
                // It died before reading its key; the outcome below says so.
            }
            boolean exited = process.waitFor(launch.wallClockLimit().toMillis(), TimeUnit.MILLISECONDS);
            if (exited) {
                // Read what it wrote to the end before destroying anything: destroying a Process
                // closes our end of its pipes, and a reader running late would lose its last lines.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
            } else {
                killTree(process);
            }
            // A reader only outlives this if an escaped process holds the pipe; don't wait on it.
            stdout.join(READER_GRACE_MILLIS);
            stderr.join(READER_GRACE_MILLIS);
            String other = (channel.otherOutput() + errors.text()).strip();
            return new ChildOutcome(channel.events(), channel.sawDone(), !exited, confinement.ranOutOfMemory(),
                    exited ? process.exitValue() : null, other, channel.rejectedLines());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a test JVM ran", e);
        } finally {
            killTree(process);
        }
    }

    private static List<String> command(ChildLaunch launch, List<String> sharing) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(sharing);
        command.addAll(launch.jvmOptions());
        command.add("-cp");
        command.add(launch.classPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(launch.mainClass());
        command.addAll(launch.arguments());
        return command;
    }

    /** Kills the process and all its descendants; children first, so none is orphaned unseen. */
    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads a stream line by line on its own thread until the stream ends, handing each line on.
     * A line is cut at {@link #LINE_LIMIT_CHARS} and the rest of it skipped, so that a child
     * writing gigabytes without a newline costs the grader no memory.
     */
    private static final class LineReader extends Thread {
        private final InputStream in;
        private final Consumer<String> onLine;

        LineReader(String name, InputStream in, Consumer<String> onLine) {
            super(name);
            setDaemon(true);
            this.in = in;
            this.onLine = onLine;
        }

        @Override
        public void run() {
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                StringBuilder line = new StringBuilder();
                boolean sawAny = false;
                char[] buffer = new char[8192];
                for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                    for (int i = 0; i < read; i++) {
                        sawAny = true;
                        if (buffer[i] == '\n') {
                            onLine.accept(withoutCarriageReturn(line));
                            line.setLength(0);
                            sawAny = false;
                        } else if (line.length() < LINE_LIMIT_CHARS) {
                            line.append(buffer[i]);
                        }
                    }
                }
                if (sawAny) {
                    onLine.accept(withoutCarriageReturn(line));
                }
            } catch (IOException streamClosedByKill) {
                // The process is gone; what was read stands.
            }
        }

        /** Lines end in CR LF on Windows, where students run their checks. */
        private static String withoutCarriageReturn(StringBuilder line) {
            int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
            return line.substring(0, end);
        }
    }

    /**
     * What the child wrote on standard output: its authentic events in sequence, and any other
     * line kept (capped). Shared between the standard-output reader thread, which writes it, and
     * the thread in {@link #run}, which reads it, possibly while an escaped process still holds
     * the pipe and the reader still writes: every method is synchronized on this sink, which
     * guards its fields ({@code other} guards itself).
     */
    private static final class ChannelSink {
        private final ChannelCodec codec;
        private final List<ChildEvent> events = new ArrayList<>(); // guarded by this
        private final CappedText other = new CappedText();
        private int rejected; // guarded by this
        private boolean done; // guarded by this

        ChannelSink(ChannelCodec codec) {
            this.codec = codec;
        }

        synchronized void accept(String line) {
            if (!line.startsWith(ChannelCodec.PREFIX)) {
                other.append(line);
                return;
            }
            Optional<ChildEvent> event = done ? Optional.empty() : codec.decode(line, events.size());
            if (event.isEmpty()) {
                rejected++;
                return;
            }
            events.add(event.get());
            done = event.get() instanceof ChildEvent.Done;
        }

        synchronized List<ChildEvent> events() {
            return List.copyOf(events);
        }

        synchronized boolean sawDone() {
            return done;
        }

        synchronized int rejectedLines() {
            return rejected;
        }

        String otherOutput() {
            return other.text();
        }
    }

    /**
     * The first few KiB of a stream's lines. Shared like {@link ChannelSink}, between a reader
     * thread and {@link #run}'s thread: its methods are synchronized on it, which guards the text.
     */
    private static final class CappedText {
        private final StringBuilder text = new StringBuilder(); // guarded by this

        synchronized void append(String line) {
            appendCapped(text, line);
        }

        synchronized String text() {
            return text.toString();
        }
    }

    private static void appendCapped(StringBuilder text, String line) {
        if (text.length() < OTHER_OUTPUT_LIMIT_CHARS) {
            text.append(line, 0, Math.min(line.length(), OTHER_OUTPUT_LIMIT_CHARS - text.length())).append('\n');
        }
    }
}
