package grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.child.interleaving.Timeline;
import grader.child.interleaving.TimelineStep;
import grader.child.interleaving.TimelineStep.Kind;
import grader.compile.CompilerMessage;
import grader.exercise.GradingScope;
import grader.exercise.Visibility;
import grader.policy.Violation;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final ReportItem RULES = item("policy", "Static rules", ItemStatus.PASSED, "");
    private static final ReportItem LOST_UPDATE = item("exercise1.BankPublicTest#concurrentDeposits",
            "BankPublicTest: concurrentDeposits()", ItemStatus.FAILED, """
                    java.lang.IllegalStateException: balance went negative
                      at exercise1.Account.withdraw(Account.java:42)
                      at exercise1.Bank.transfer(Bank.java:17)""");
    private static final ReportItem DEADLOCK = item("exercise1.BankPublicTest#oppositeTransfersFinish",
            "BankPublicTest: opposite transfers finish", ItemStatus.FAILED, "Timed out: a deadlock");
    private static final ReportItem UNDECIDED = item("timing:Speedup", "Speedup on all cores", ItemStatus.INCONCLUSIVE,
            "too few clean trials");

    @Test
    void leadsWithTheFirstFailureInWordsAndTheStudentsFileAndLine() {
        String text = plain(report(List.of(RULES, LOST_UPDATE, DEADLOCK), List.of(), List.of()));
        assertTrue(text.contains("Fix first: BankPublicTest: concurrent deposits\n"), text);
        assertTrue(text.contains("  Where: Account.java, line 42\n"), text);
        assertTrue(text.contains("(1 more check lost points; see below.)"), text);
        assertTrue(text.indexOf("Fix first") < text.indexOf("FAIL"), "the advice comes before the list");
    }

    @Test
    void aCompileErrorComesBeforeAnyTest() {
        String text = plain(report(List.of(RULES, LOST_UPDATE), List.of(
                new CompilerMessage("exercise1/Bank.java", 7, "';' expected"),
                new CompilerMessage("exercise1/Bank.java", 9, "cannot find symbol")), List.of()));
        assertTrue(text.contains("Fix first: Your code does not compile (2 errors); start with the first:\n"
                + "  exercise1/Bank.java, line 7: ';' expected\n"), text);
    }

    @Test
    void aStaticRuleComesBeforeAnyTest() {
        String text = plain(report(List.of(RULES, LOST_UPDATE), List.of(), List.of(
                new Violation("exit", "No System.exit", "Method <exercise1.Bank.x()> calls System.exit in (Bank.java:3)"))));
        assertTrue(text.contains("Fix first: Your code breaks a static rule, so no test ran:\n  No System.exit"), text);
    }

    @Test
    void anUndecidedCheckIsNoFaultToFix() {
        String text = plain(report(List.of(RULES, UNDECIDED), List.of(), List.of()));
        assertTrue(text.contains("Fix first: Nothing to fix, but 1 check could not be measured fairly"), text);
        assertTrue(text.contains("  PEND 0/"), text);
    }

    @Test
    void aLocalCheckThatPassesSaysTheHiddenTestsAreStillToCome() {
        String text = plain(report(List.of(RULES), List.of(), List.of()));
        assertTrue(text.contains("Every public check passed."), text);
        assertTrue(text.contains("hidden tests run when you submit"), text);
        assertFalse(text.contains("Fix first"), text);
    }

    @Test
    void colourOnlyWhenAsked() {
        GradeReport report = report(List.of(RULES, LOST_UPDATE), List.of(), List.of());
        assertFalse(plain(report).contains("\u001B["));
        assertTrue(new ConsoleReport(true).render(report).contains("\u001B[31mFAIL\u001B[0m"));
    }

    @Test
    void namesWithoutDisplayNamesBecomeWords() {
        assertEquals("LostUpdateTest: deposits and withdrawals together",
                ReportText.inWords("LostUpdateTest: depositsAndWithdrawalsTogether"));
        assertEquals("Speedup on all cores", ReportText.inWords("Speedup on all cores"));
        assertEquals("PoolTest: cpuBoundThreads() is the number of processors",
                ReportText.inWords("PoolTest: cpuBoundThreads() is the number of processors"));
    }

    @Test
    void drawsTheInterleavingAsOneColumnPerThreadWithTheSwitchAndTheCulpritMarked() {
        ReportItem raced = new ReportItem("exercise1.InterleavingTest#everyInterleavingMatchesOneAtATime",
                "InterleavingTest: every interleaving", Visibility.HIDDEN, 2, 0, ItemStatus.FAILED,
                "= Invalid execution results =", "", Optional.of(checkThenAct()));
        String text = plain(report(List.of(RULES, raced), List.of(), List.of()));
        assertTrue(text.contains("""
                             = Invalid execution results =
                             The interleaving that breaks it (Invalid execution results), one column per thread:
                                step | thread 1                                          | thread 2
                                   1 |                                                   | withdraw(0, 20): true
                                   2 |                                                   |   read Account#1.balance ➜ 30  (Account.java:27)
                                   3 |                                                   |   ⇄ switch to another thread
                                   4 | withdraw(0, 20): true                             |
                                   5 |   read Account#1.balance ➜ 30  (Account.java:27)  |
                                >> 6 |   wrote Account#1.balance = 10  (Account.java:41) |
                                   7 |   result: true                                    |
                                   8 |                                                   |   read Account#1.balance ➜ 10  (Account.java:41)
                                   9 |                                                   |   wrote Account#1.balance = -10  (Account.java:41)
                                  10 |                                                   |   result: true
                             Where it went wrong (>>): Thread 1 wrote Account#1.balance = 10 at Account.java:41 after thread 2 had read it.
                """), text);
    }

    /** Two withdrawals of 20 from 30 whose check (a read in balance()) and act are apart. */
    private static Timeline checkThenAct() {
        String second = "withdraw(0, 20): true";
        List<TimelineStep> steps = List.of(
                new TimelineStep(2, Kind.OPERATION, second, "", "true", "", "", second),
                new TimelineStep(2, Kind.READ, "balance ➜ 30", "Account#1.balance", "30", "Account.balance",
                        "Account.java:27", second),
                new TimelineStep(2, Kind.SWITCH, "switch", "", "", "", "", second),
                new TimelineStep(1, Kind.OPERATION, second, "", "true", "", "", second),
                new TimelineStep(1, Kind.READ, "balance ➜ 30", "Account#1.balance", "30", "Account.balance",
                        "Account.java:27", second),
                new TimelineStep(1, Kind.LOCK, "MONITORENTER", "", "", "Account.withdraw", "Account.java:40", second),
                new TimelineStep(1, Kind.WRITE, "balance = 10", "Account#1.balance", "10", "Account.withdraw",
                        "Account.java:41", second),
                new TimelineStep(1, Kind.RESULT, "result: true", "", "true", "", "", second),
                new TimelineStep(2, Kind.READ, "balance ➜ 10", "Account#1.balance", "10", "Account.withdraw",
                        "Account.java:41", second),
                new TimelineStep(2, Kind.WRITE, "balance = -10", "Account#1.balance", "-10", "Account.withdraw",
                        "Account.java:41", second),
                new TimelineStep(2, Kind.RESULT, "result: true", "", "true", "", "", second));
        return new Timeline("Invalid execution results",
                "Thread 1 wrote Account#1.balance = 10 at Account.java:41 after thread 2 had read it.", 2, steps, 6);
    }

    private static String plain(GradeReport report) {
        return new ConsoleReport(false).render(report);
    }

    private static GradeReport report(List<ReportItem> items, List<CompilerMessage> errors, List<Violation> violations) {
        return new GradeReport("exercise1", "A bank", GradingScope.PUBLIC_ONLY, items, errors, violations, List.of(),
                List.of(), Map.of("tests", 10L), new GradeReport.HostInfo("host", 2, "17", List.of()));
    }

    private static ReportItem item(String id, String name, ItemStatus status, String feedback) {
        return new ReportItem(id, name, Visibility.PUBLIC, 1, status == ItemStatus.PASSED ? 1 : 0, status, feedback, "");
    }
}
