package grader.child.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private final ChannelCodec codec = new ChannelCodec(KEY);
    private final ChannelMessage finished = new ChannelMessage("finished",
            List.of("exercise4.T#m", "a name with spaces\nand lines", "passed", "", "ünïcode output"));

    @Test
    void aMessageSurvivesTheRoundTripWithEveryFieldIntact() {
        assertEquals(finished, codec.decode(codec.encode(7, finished), 7).orElseThrow());
    }

    @Test
    void aLineSignedWithAnotherKeyIsRejected() {
        String forged = new ChannelCodec("another key, guessed by a student".getBytes()).encode(0, finished);
        assertTrue(codec.decode(forged, 0).isEmpty());
    }

    @Test
    void aTamperedFieldIsRejected() {
        String line = codec.encode(0, new ChannelMessage("finished", List.of("T#m", "failed")));
        String tampered = line.replace(" ZmFpbGVk ", " cGFzc2Vk "); // "failed" -> "passed" in Base64
        assertTrue(!tampered.equals(line) && codec.decode(tampered, 0).isEmpty());
    }

    @Test
    void aReplayedOrReorderedLineIsRejected() {
        String first = codec.encode(0, finished);
        assertTrue(codec.decode(first, 1).isEmpty(), "a line is valid only at its own sequence number");
    }

    @Test
    void ordinaryOutputIsNotAMessage() {
        assertTrue(codec.decode("@@grader 0 done 00", 0).isEmpty());
        assertTrue(codec.decode("hello", 0).isEmpty());
    }
}
