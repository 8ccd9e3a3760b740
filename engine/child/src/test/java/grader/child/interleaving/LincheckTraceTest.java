package grader.child.interleaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.child.channel.ChannelCodec;
import grader.child.diagnosis.StudentClasses;
import grader.child.interleaving.TimelineStep.Kind;
import grader.child.protocol.ChildEvent.InterleavingFound;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reads failure reports that Lincheck 3.7 printed for broken exercise1 banks (saved from real
 * runs under {@code src/test/resources}) into timelines.
 */
class LincheckTraceTest {

    private final LincheckTrace trace = new LincheckTrace(new StudentClasses(Set.of("exercise1.Account", "exercise1.Bank")));

    @Test
    void checkThenActKeepsTheStudentsStepsInOrderWithTheirObjects() throws IOException {
        Timeline timeline = trace.read(report("check-then-act-outside-lock")).orElseThrow();

        assertEquals("Invalid execution results", timeline.verdict());
        assertEquals(2, timeline.threads());
        TimelineStep first = timeline.steps().get(0);
        assertEquals(new TimelineStep(2, Kind.OPERATION, "withdraw(0, 20): true", "", "true", "", "",
                "withdraw(0, 20): true"), first);
        TimelineStep read = timeline.steps().stream().filter(step -> step.kind() == Kind.READ).findFirst().orElseThrow();
        assertEquals(new TimelineStep(2, Kind.READ, "balance ➜ 30", "Account#1.balance", "30", "Account.balance",
                "Account.java:27", "withdraw(0, 20): true"), read);
        assertTrue(timeline.steps().stream().noneMatch(step -> step.location().startsWith("InterleavingTest")),
                "the test's own steps are left out");
        assertEquals("Thread 1 wrote Account#1.balance = 10 at Account.java:41 after thread 2 had read it (30, at "
                + "Account.java:27) and before thread 2's withdraw(0, 20) finished, so that thread went on with a "
                + "value that was no longer true.", timeline.summary());
        TimelineStep culprit = timeline.steps().get(timeline.culprit());
        assertEquals(List.of(1, Kind.WRITE, "Account.java:41"), List.of(culprit.thread(), culprit.kind(), culprit.location()));
    }

    @Test
    void aTransferSeenHalfDoneIsNamed() throws IOException {
        Timeline timeline = trace.read(report("transfer-in-two-steps")).orElseThrow();

        assertEquals("Thread 2 read Account#1.balance ➜ 20 at Account.java:22 while thread 1's transfer(0, 1, 10) was "
                + "half done: it had written Account#1.balance = 20 at Account.java:35 and had not finished.",
                timeline.summary());
    }

    @Test
    void aDeadlockSaysWhereEachThreadWaits() throws IOException {
        Timeline timeline = trace.read(report("locks-in-argument-order")).orElseThrow();

        assertEquals("The execution has hung", timeline.verdict());
        assertEquals("No thread can go on: thread 2 waits at Bank.java:23 in transfer(1, 2, 5); thread 1 waits at "
                + "Bank.java:23 in transfer(0, 1, 5). Each holds what another waits for.", timeline.summary());
    }

    @Test
    void aRealTimelineSurvivesTheChannel() throws IOException {
        InterleavingFound event = new InterleavingFound("exercise1.BankModelTest#modelCheck",
                trace.read(report("check-then-act-outside-lock")).orElseThrow());
        ChannelCodec codec = new ChannelCodec(new byte[32]);

        assertEquals(event, codec.decode(codec.encode(0, event), 0).orElseThrow());
    }

    @Test
    void theHeadKeepsTheVerdictAndResultsOnly() throws IOException {
        String head = LincheckTrace.head(report("check-then-act-outside-lock"));

        assertEquals(List.of("= Invalid execution results =", "| --------------------------------------------- |",
                "|       Thread 1        |       Thread 2        |", "| --------------------------------------------- |",
                "| withdraw(0, 20): true | withdraw(0, 20): true |", "| --------------------------------------------- |",
                "| balance(0): -10       |                       |", "| --------------------------------------------- |"),
                head.lines().toList());
    }

    private static String report(String variant) throws IOException {
        try (InputStream in = LincheckTraceTest.class.getResourceAsStream(variant + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
