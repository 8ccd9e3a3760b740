package grader.child.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import grader.child.protocol.ChildArguments.MethodLimit;
import grader.child.protocol.ChildArguments.TestRunnerArguments;
import grader.child.protocol.ChildArguments.TimedWorkload;
import grader.child.protocol.ChildArguments.TimingProbeArguments;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildArgumentsTest {

    @Test
    void theEntryPointReadsBackWhatTheGraderWrote() {
        TestRunnerArguments tests = new TestRunnerArguments(List.of("exercise1.BankTest", "exercise1.AccountTest"),
                List.of(), 10, List.of(new MethodLimit("exercise1.BankTest#transfer", 3)), 15_000);
        TimingProbeArguments timing = new TimingProbeArguments(List.of(
                new TimedWorkload("exercise4.LargeSum", true), new TimedWorkload("exercise4.SmallSum", false)),
                List.of("exercise4.ParallelSum"), 8, 12, 400, 5_000);

        assertEquals(tests, ChildArguments.parse(tests.commandLine().toArray(String[]::new), TestRunnerArguments.class));
        assertEquals(timing, ChildArguments.parse(timing.commandLine().toArray(String[]::new),
                TimingProbeArguments.class));
    }

    @Test
    void optionsAreNamedAfterTheComponents() {
        assertEquals(List.of("--testClasses", "1", "--testClasses.0", "T", "--studentClasses", "0",
                "--timeoutSeconds", "10", "--methodLimits", "0", "--overrunBudgetMillis", "500"),
                new TestRunnerArguments(List.of("T"), List.of(), 10, List.of(), 500).commandLine());
    }

    @Test
    void aCommandLineOfAnotherShapeIsRefused() {
        List<String[]> wrong = List.of(
                new String[] {"--testClasses", "0", "--studentClasses", "0"},
                new String[] {"--testClasses", "0", "--studentClasses", "0", "--timeoutSeconds", "10", "--trials", "3"},
                new String[] {"--testClasses", "0", "--studentClasses", "0", "--timeoutSeconds"},
                new String[] {"--testClasses", "0", "--testClasses", "0", "--studentClasses", "0"},
                new String[] {"testClasses", "0", "--studentClasses", "0", "--timeoutSeconds", "10"},
                new String[] {"--testClasses", "0", "--studentClasses", "0", "--timeoutSeconds", "ten"});
        for (String[] args : wrong) {
            assertThrows(IllegalArgumentException.class, () -> ChildArguments.parse(args, TestRunnerArguments.class),
                    String.join(" ", args));
        }
    }
}
