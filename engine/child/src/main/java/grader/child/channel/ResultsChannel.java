package grader.child.channel;

import java.io.PrintStream;
import java.util.List;

/**
 * The writing end of the results channel in the child JVM: authenticated lines on the process's
 * real standard output, which {@link ChildSession} has taken away from {@code System.out}.
 *
 * <p>Thread-safe: {@link #send} is synchronized, so sequence numbers and lines stay in step
 * whichever thread reports. The instance is never published in a static field: only the
 * runner's own objects hold it.
 */
public final class ResultsChannel {

    private final ChannelCodec codec;
    private final PrintStream out;
    private long nextSequence; // guarded by this

    ResultsChannel(ChannelCodec codec, PrintStream out) {
        this.codec = codec;
        this.out = out;
    }

    public synchronized void send(String type, String... fields) {
        out.println(codec.encode(nextSequence++, new ChannelMessage(type, List.of(fields))));
        out.flush();
    }
}
