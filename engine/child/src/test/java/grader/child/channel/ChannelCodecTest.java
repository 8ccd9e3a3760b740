package grader.child.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.child.interleaving.Timeline;
import grader.child.interleaving.TimelineStep;
import grader.child.interleaving.TimelineStep.Kind;
import grader.child.protocol.ChildEvent;
import grader.child.protocol.ChildEvent.ContainerFailed;
import grader.child.protocol.ChildEvent.Done;
import grader.child.protocol.ChildEvent.HostDescribed;
import grader.child.protocol.ChildEvent.InterleavingFound;
import grader.child.protocol.ChildEvent.Stopped;
import grader.child.protocol.ChildEvent.TestFinished;
import grader.child.protocol.ChildEvent.TestFinished.Status;
import grader.child.protocol.ChildEvent.TestStarted;
import grader.child.protocol.ChildEvent.TrialMeasured;
import grader.child.protocol.ChildEvent.WorkloadFailed;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ChannelCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final ChannelCodec codec = new ChannelCodec(KEY);
    private final TestFinished finished = new TestFinished("exercise4.T#m", "a name with spaces\nand = lines",
            Status.PASSED, "", "ünïcode output");

    /** One of each event, with awkward values: empty text, NaN, negative and extreme numbers, nested lists. */
    private static final List<ChildEvent> EVERY_KIND = List.of(
            new Done(),
            new Stopped("your code printed more than 4 MB of output", "line one\nline two"),
            new TestStarted("exercise1.BankTest#transfersConserveMoney"),
            new TestFinished("T#m", "m()", Status.TIMED_OUT, "stuck at Bank.java:12", ""),
            new InterleavingFound("T#m", new Timeline("Invalid execution results", "Thread 2 wrote it.", 2, List.of(
                    new TimelineStep(1, Kind.OPERATION, "withdraw(0, 20): true", "", "true", "", "", "withdraw(0, 20)"),
                    new TimelineStep(2, Kind.WRITE, "balance = 10", "Account#1.balance", "10", "Account.withdraw",
                            "Account.java:41", "withdraw(0, 20)")), 1)),
            new InterleavingFound("T#m", new Timeline("The execution has hung", "No thread can go on.", 0, List.of(), -1)),
            new ContainerFailed("exercise1.BankTest", "ExceptionInInitializerError"),
            new HostDescribed(8, 8),
            new TrialMeasured("exercise4.SumWorkload", 1, Long.MAX_VALUE, Long.MIN_VALUE, 0, true, 5, 6, 7,
                    Double.NaN, 3.25),
            new WorkloadFailed("exercise4.SumWorkload", "NoSuchMethodException"));

    @Test
    void everyKindOfEventSurvivesTheRoundTripWithEveryComponentIntact() {
        Set<Class<?>> covered = EVERY_KIND.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(ChildEvent.class.getPermittedSubclasses()), covered, "a sample of each event");
        for (int i = 0; i < EVERY_KIND.size(); i++) {
            assertEquals(EVERY_KIND.get(i), codec.decode(codec.encode(i, EVERY_KIND.get(i)), i).orElseThrow());
        }
        assertEquals(finished, codec.decode(codec.encode(7, finished), 7).orElseThrow());
    }

    @Test
    void aLineSignedWithAnotherKeyIsRejected() {
        String forged = new ChannelCodec("another key, guessed by a student".getBytes()).encode(0, finished);
        assertTrue(codec.decode(forged, 0).isEmpty());
    }

    @Test
    void aTamperedFieldIsRejected() {
        String line = codec.encode(0, new TestFinished("T#m", "m()", Status.FAILED, "wrong sum", ""));
        String tampered = line.replace(" status=" + base64("FAILED") + " ", " status=" + base64("PASSED") + " ");
        assertNotEquals(line, tampered);
        assertTrue(codec.decode(tampered, 0).isEmpty());
    }

    @Test
    void aReplayedOrReorderedLineIsRejected() {
        String first = codec.encode(0, finished);
        assertTrue(codec.decode(first, 1).isEmpty(), "a line is valid only at its own sequence number");
    }

    @Test
    void ordinaryOutputIsNotAMessage() {
        assertTrue(codec.decode("@@grader 0 Done 00", 0).isEmpty());
        assertTrue(codec.decode("@@grader ", 0).isEmpty());
        assertTrue(codec.decode("hello", 0).isEmpty());
    }

    /** Lines that only a child built from other sources could sign: rejected all the same, never thrown. */
    @Test
    void anAuthenticLineThatIsNotAWellFormedEventIsRejected() {
        String started = "testId=" + base64("T#m");
        List<String> malformed = List.of(
                "@@grader 0 Finished " + started,                               // no such event
                "@@grader 0 TestStarted",                                       // a component missing
                "@@grader 0 TestStarted " + started + " extra=" + base64("x"),  // a field left over
                "@@grader 0 TestStarted " + started + " " + started,            // a field twice
                "@@grader 0 TestStarted testId=not*base64",
                "@@grader 0 TestStarted " + base64("T#m"),                      // a value without its name
                "@@grader 0 HostDescribed processors=" + base64("eight") + " threads=" + base64("8"),
                "@@grader 0 TestFinished testId=" + base64("T#m") + " displayName=" + base64("m()") + " status="
                        + base64("WON") + " detail=" + base64("") + " output=" + base64(""),
                "@@grader 0 InterleavingFound " + started + " timeline.verdict=" + base64("v")
                        + " timeline.summary=" + base64("s") + " timeline.threads=" + base64("2")
                        + " timeline.steps=" + base64("2000000000") + " timeline.culprit=" + base64("-1"));
        for (String line : malformed) {
            assertTrue(codec.decode(sign(line), 0).isEmpty(), line);
        }
        assertEquals(new TestStarted("T#m"), codec.decode(sign("@@grader 0 TestStarted " + started), 0).orElseThrow(),
                "the same signing accepts a well-formed line");
    }

    @Test
    void aBooleanIsTrueOrFalseAndNothingElse() {
        String trial = codec.encode(0, EVERY_KIND.get(8));
        String unsigned = trial.substring(0, trial.lastIndexOf(' '));
        String yes = unsigned.replace("answersAgree=" + base64("true"), "answersAgree=" + base64("yes"));
        assertNotEquals(unsigned, yes);
        assertTrue(codec.decode(sign(yes), 0).isEmpty());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs {@code text} as the channel's key holder would, independently of the codec under test. */
    private static String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return text + ' ' + HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
