package grader.run;

import grader.child.channel.ChannelCodec;
import grader.child.channel.ChannelMessage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts a child JVM with the current Java runtime, an empty environment and a fresh channel key,
 * reads its authenticated results, and makes sure that when {@link #run} returns, the JVM and
 * every process it started are gone, whether it finished, crashed or hung.
 *
 * <p>Each call owns its process and two reader threads (standard output for the channel,
 * standard error for the JVM's own messages), which end with the process's streams; {@code run}
 * joins them before it returns. Thread-safe: calls share nothing.
 */
public final class ChildJvm {

    private static final int OTHER_OUTPUT_LIMIT_CHARS = 8 * 1024;
    private static final SecureRandom KEYS = new SecureRandom();
    private static final long READER_GRACE_MILLIS = 5_000;

    public ChildOutcome run(ChildLaunch launch) {
        byte[] key = new byte[32];
        KEYS.nextBytes(key);
        ProcessBuilder builder = new ProcessBuilder(command(launch)).directory(launch.workingFolder().toFile());
        builder.environment().clear();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a test JVM", e);
        }
        try {
            ChannelReader channel = new ChannelReader(new ChannelCodec(key), process.getInputStream());
            CappedText errors = new CappedText(process.getErrorStream());
            channel.start();
            errors.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write((HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException jvmAlreadyGone) {
                // It died before reading its key; the outcome below says so.
            }
            boolean exited = process.waitFor(launch.wallClockLimit().toMillis(), TimeUnit.MILLISECONDS);
            killTree(process);
            // A reader only outlives the kill if an escaped grandchild holds the pipe; don't wait on it.
            channel.join(READER_GRACE_MILLIS);
            errors.join(READER_GRACE_MILLIS);
            String other = (channel.otherOutput() + errors.text()).strip();
            return new ChildOutcome(channel.messages(), channel.sawDone(), !exited,
                    exited ? process.exitValue() : null, other, channel.rejectedLines());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a test JVM ran", e);
        } finally {
            killTree(process);
        }
    }

    private static List<String> command(ChildLaunch launch) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
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
     * Reads the child's standard output: authentic channel messages, in sequence, and anything
     * else kept (capped) as other output. Written by its own thread; every access is synchronized,
     * since the grader may read it while an escaped process still holds the pipe.
     */
    private static final class ChannelReader extends Thread {
        private final ChannelCodec codec;
        private final InputStream in;
        private final List<ChannelMessage> messages = new ArrayList<>();
        private final StringBuilder other = new StringBuilder();
        private int rejected;
        private boolean done;

        ChannelReader(ChannelCodec codec, InputStream in) {
            super("child-channel-reader");
            setDaemon(true);
            this.codec = codec;
            this.in = in;
        }

        @Override
        public void run() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    accept(line);
                }
            } catch (IOException streamClosedByKill) {
                // The process is gone; what was read stands.
            }
        }

        private synchronized void accept(String line) {
            if (!line.startsWith(ChannelCodec.PREFIX)) {
                appendCapped(other, line);
                return;
            }
            Optional<ChannelMessage> message = done ? Optional.empty() : codec.decode(line, messages.size());
            if (message.isEmpty()) {
                rejected++;
                return;
            }
            messages.add(message.get());
            done = message.get().type().equals(grader.child.junit.TestEvents.DONE);
        }

        synchronized List<ChannelMessage> messages() {
            return List.copyOf(messages);
        }

        synchronized boolean sawDone() {
            return done;
        }

        synchronized int rejectedLines() {
            return rejected;
        }

        synchronized String otherOutput() {
            return other.toString();
        }
    }

    /** Reads a stream to its end on its own thread, keeping at most the first few KiB. */
    private static final class CappedText extends Thread {
        private final InputStream in;
        private final StringBuilder text = new StringBuilder();

        CappedText(InputStream in) {
            super("child-stderr-reader");
            setDaemon(true);
            this.in = in;
        }

        @Override
        public void run() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    append(line);
                }
            } catch (IOException streamClosedByKill) {
                // The process is gone; what was read stands.
            }
        }

        private synchronized void append(String line) {
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
