package grader.child.channel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects what student code prints to {@code System.out} and {@code System.err}, up to a cap, so
 * that it can be shown beside the test that printed it and never mixes with the results channel.
 *
 * <p>Thread-safe: every method is synchronized on this capture. Bytes past {@code limitBytes}
 * since the last {@link #drain()} are counted, not kept.
 */
public final class OutputCapture extends OutputStream {

    private final int limitBytes;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream(); // guarded by this
    private long droppedBytes; // guarded by this
    private long printedBytes; // guarded by this; never reset

    public OutputCapture(int limitBytes) {
        this.limitBytes = limitBytes;
    }

    @Override
    public synchronized void write(int b) {
        printedBytes++;
        if (kept.size() < limitBytes) {
            kept.write(b);
        } else {
            droppedBytes++;
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        printedBytes += length;
        int room = Math.max(0, Math.min(length, limitBytes - kept.size()));
        kept.write(bytes, offset, room);
        droppedBytes += length - room;
    }

    /** Everything printed since the capture was made, kept or not. */
    public synchronized long printedBytes() {
        return printedBytes;
    }

    /** What was printed since the last call, with a note of how much was cut. */
    public synchronized String drain() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (droppedBytes > 0) {
            text += "\n[… " + droppedBytes + " more bytes of output were cut]";
        }
        kept.reset();
        droppedBytes = 0;
        return text;
    }
}
