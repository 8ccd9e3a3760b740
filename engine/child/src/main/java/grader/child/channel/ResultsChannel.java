package grader.child.channel;

import grader.child.protocol.ChildEvent;
import java.io.PrintStream;

/**
 * The writing end of the results channel in the child JVM: one authenticated line per
 * {@link ChildEvent} on the process's real standard output, which {@link ChildSession} has taken
 * away from {@code System.out}.
 *
 * <p>Shared between threads: the entry point's own thread (JUnit's, or the timing probe's) and
 * the {@link ResourceGuard}'s send on it, sometimes at once. {@link #send} is synchronized on this
 * channel, which guards the next sequence number and the stream together, so that sequence numbers
 * and lines stay in step and no two lines interleave. The instance is never published in a static
 * field: only the runner's own objects hold it.
 */
public final class ResultsChannel {

    private final ChannelCodec codec;
    private final PrintStream out; // guarded by this
    private long nextSequence; // guarded by this

    ResultsChannel(ChannelCodec codec, PrintStream out) {
        this.codec = codec;
        this.out = out;
    }

    public synchronized void send(ChildEvent event) {
        out.println(codec.encode(nextSequence++, event));
        out.flush();
    }
}
