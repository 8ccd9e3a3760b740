package grader.child.channel;

import grader.child.protocol.ChildEvent;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * What every child-JVM entry point does before any student class loads, and how it ends.
 *
 * <p>Opening a session reads the channel key (one hex line) from standard input, which the grader
 * then closes; takes the real standard output for the {@link ResultsChannel}; and points
 * {@code System.out}, {@code System.err} and {@code System.in} at a capture and an empty stream,
 * so that student code can neither read the key nor write on the channel; and starts the
 * {@link ResourceGuard}, which stops the JVM when that code floods its output, thrashes a full
 * heap or starts too many threads.
 *
 * <p>Immutable once open; the channel and the capture it hands out are themselves thread-safe,
 * since the entry point's thread, the resource guard's and student threads use them at once.
 *
 * <p>{@link #end()} halts the JVM: a timed-out test or a student's stray non-daemon thread may
 * still be running, and it must not keep the process alive.
 */
public final class ChildSession {

    private static final int OUTPUT_LIMIT_BYTES = 16 * 1024;

    private final ResultsChannel channel;
    private final OutputCapture capture;

    private ChildSession(ResultsChannel channel, OutputCapture capture) {
        this.channel = channel;
        this.capture = capture;
    }

    public static ChildSession open() throws IOException {
        String keyLine = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
        if (keyLine == null) {
            throw new IOException("no channel key on standard input: the grader starts this JVM");
        }
        byte[] key = HexFormat.of().parseHex(keyLine.strip());
        PrintStream realOut = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        OutputCapture capture = new OutputCapture(OUTPUT_LIMIT_BYTES);
        PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        ResultsChannel channel = new ResultsChannel(new ChannelCodec(key), realOut);
        new ResourceGuard(channel, capture).start();
        return new ChildSession(channel, capture);
    }

    public ResultsChannel channel() {
        return channel;
    }

    public OutputCapture capture() {
        return capture;
    }

    /** Reports {@link ChildEvent.Done} and halts the JVM with status 0; never returns. */
    public void end() {
        channel.send(new ChildEvent.Done());
        Runtime.getRuntime().halt(0);
    }
}
