package grader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import grader.exercise.ExerciseDescriptor;
import grader.exercise.GradingScope;
import grader.exercise.PolicySettings;
import grader.score.GradeReport;
import grader.score.ItemStatus;
import grader.score.ReportItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the engine's own fixture exercise ({@code src/test/resources/exercises/sample}):
 * a thread-safe counter, graded in real child JVMs.
 */
class GradingPipelineTest {

    private static final GraderHome HOME = GraderHome.fromSystemProperty();
    private static final GradingPipeline PIPELINE = HOME.pipeline();
    private static final Exercise SAMPLE = ExerciseCatalog.load(Path.of("src/test/resources/exercises")).find("sample");

    private static final String CORRECT = """
            package sample;

            public final class Counter {
                private long count; // guarded by this

                public synchronized void increment() {
                    count++;
                }

                public synchronized long get() {
                    return count;
                }

                public static void moveOne(Counter from, Counter to) {
                    synchronized (Counter.class) {
                        synchronized (from) {
                            synchronized (to) {
                                from.count--;
                                to.count++;
                            }
                        }
                    }
                }
            }
            """;

    @TempDir
    Path submission;

    @Test
    void aCorrectSubmissionScoresFull() throws IOException {
        GradeReport report = grade(CORRECT);
        assertEquals(report.maxScore(), report.score(), () -> describe(report));
        assertEquals(6, report.maxScore());
    }

    @Test
    void filesNamedAsStudentsSystemsNameThemAreGraded() throws IOException {
        // A browser's name for a second download of Counter.java, and a helper with a non-ASCII name.
        Files.writeString(submission.resolve("Counter (1).java"), CORRECT);
        Files.writeString(submission.resolve("Zähler.java"), "package sample;\n\nfinal class Zähler {\n}\n");
        GradeReport report = PIPELINE.grade(SAMPLE, submission, GradingScope.ALL);
        assertEquals(report.maxScore(), report.score(), () -> describe(report));
    }

    @Test
    void aSubmissionThatDoesNotCompileScoresZeroWithTheCompilersLineNumbers() throws IOException {
        GradeReport report = grade(CORRECT.replaceFirst("count\\+\\+;", "count++"));
        assertEquals(0, report.score());
        assertEquals(6, report.maxScore(), "every item is listed even when nothing ran");
        String errors = report.compileErrors().toString();
        assertEquals("[Counter.java:7: ';' expected]", errors);
    }

    @Test
    void forbiddenCallsAreNamedWithClassMemberAndLineAndTheTestsDoNotRun() throws IOException {
        GradeReport report = grade(CORRECT.replaceFirst("count\\+\\+;", "count++; if (count < 0) System.exit(3);"));
        assertEquals(0, report.score(), () -> describe(report));
        String violations = report.violations().toString();
        assertTrue(violations.contains("sample.Counter.increment()") && violations.contains("System.exit")
                && violations.contains("Counter.java:7"), violations);
    }

    @Test
    void aLostUpdateRaceFailsTheManyThreadsTest() throws IOException {
        GradeReport report = grade(CORRECT.replace("public synchronized void increment", "public void increment"));
        ReportItem manyThreads = item(report, "sample.CounterTest#countsInManyThreads");
        assertEquals(ItemStatus.FAILED, manyThreads.status());
        assertTrue(manyThreads.feedback().contains("updates were lost"), manyThreads.feedback());
    }

    @Test
    void aDeadlockTimesOutAndTheReportNamesTheCycle() throws IOException {
        GradeReport report = grade(CORRECT.replace("synchronized (Counter.class) {", "{"));
        ReportItem moves = item(report, "sample.CounterTest#movesBothWaysWithoutDeadlock");
        assertEquals(ItemStatus.FAILED, moves.status());
        assertTrue(moves.feedback().startsWith("Timed out"), moves.feedback());
        assertTrue(moves.feedback().contains("Deadlock: thread \"mover"), moves.feedback());
        assertTrue(moves.feedback().contains("Counter.moveOne (Counter.java:"), moves.feedback());
        assertEquals(ItemStatus.PASSED, item(report, "sample.CounterTest#countsInOneThread").status(),
                "the other tests still run after a test is stuck");
    }

    @Test
    void aCallThatWaitsForeverOnLargeInputsEndsItsTestAtOnceAndLeavesOnlyTheSpeedupUnmeasured() throws IOException {
        // exercise4's reference, but a large n makes the call wait for ever on a latch nobody counts down.
        Path reference = HOME.root().resolve("solutions/exercise4/reference/exercise4/ParallelSum.java");
        Files.writeString(submission.resolve("ParallelSum.java"), Files.readString(reference).replace(
                "requirePositive(threads);\n        return sumInParallel(n,",
                "requirePositive(threads);\n        if (n > 1_000_000) { waitForever(); }\n        return sumInParallel(n,")
                .replace("    private static void requirePositive(", "    private static void waitForever() {\n"
                        + "        try {\n"
                        + "            new java.util.concurrent.CountDownLatch(1).await();\n"
                        + "        } catch (InterruptedException e) {\n"
                        + "            Thread.currentThread().interrupt();\n"
                        + "        }\n"
                        + "    }\n\n"
                        + "    private static void requirePositive("));
        GradeReport report = PIPELINE.grade(HOME.exercises().find("exercise4"), submission, GradingScope.ALL);
        ReportItem largeN = item(report, "exercise4.ParallelSumExactnessTest#sumBelowLargeN");
        assertEquals(ItemStatus.FAILED, largeN.status(), () -> describe(report));
        assertTrue(largeN.feedback().contains("can never finish: every one of its threads waits"), largeN.feedback());
        assertTrue(largeN.feedback().contains("ParallelSum.waitForever (ParallelSum.java:"), largeN.feedback());
        ReportItem speedup = item(report, "timing:Speedup on all cores");
        assertTrue(speedup.feedback().startsWith("Not measured: your code did not finish in the tests"), speedup.feedback());
        assertEquals(ItemStatus.PASSED, item(report, "exercise4.ParallelSumExactnessTest#sumBelowSmallN").status(),
                "only the hanging call costs points: " + describe(report));
        // Every test with an n above a million hangs: the large-n test and both large-input tests.
        double hangingTests = largeN.maxScore()
                + item(report, "exercise4.ParallelSumLargeInputTest#sumBelowBeyondIntRange").maxScore()
                + item(report, "exercise4.ParallelSumLargeInputTest#neverMoreThreadsThanAsked").maxScore();
        assertEquals(report.maxScore() - hangingTests - speedup.maxScore(), report.score(), 1e-9,
                () -> "the hanging tests and the speedup check lose points, nothing else: " + describe(report));
        // The small-input check needs only small inputs, which finish: it is measured, and passes.
        assertEquals(ItemStatus.PASSED, item(report, "timing:Small inputs stay cheap").status(), () -> describe(report));
        assertEquals(List.of("exercise4.SmallArraysOverhead"),
                report.timings().stream().map(verdict -> verdict.spec().workload()).toList(), "only the small inputs were timed");
    }

    @Test
    void anEndlessLoopInEveryCallWaitsOutOnlyTheGradingsOverrunBudget() throws IOException {
        // exercise4's reference, but both methods loop for ever after their argument checks.
        Path reference = HOME.root().resolve("solutions/exercise4/reference/exercise4/ParallelSum.java");
        Files.writeString(submission.resolve("ParallelSum.java"), Files.readString(reference)
                .replace("requirePositive(threads);\n        return sumInParallel(",
                        "requirePositive(threads);\n        while (threads > 0) { threads |= 1; }\n"
                                + "        return sumInParallel("));
        GradeReport report = PIPELINE.grade(HOME.exercises().find("exercise4"), submission, GradingScope.ALL);
        List<ReportItem> cutShort = report.items().stream()
                .filter(item -> item.feedback().contains("before its")
                        && item.feedback().contains("a grading waits only so long in all"))
                .toList();
        // The budget goes to the first tests that hang; every hanging test after them gets a short look.
        assertTrue(cutShort.size() >= 10, () -> "most hanging tests were cut short: " + describe(report));
        assertTrue(cutShort.contains(item(report, "exercise4.ParallelSumLargeInputTest#neverMoreThreadsThanAsked")),
                () -> "the second test JVM got only what the first left: " + describe(report));
        assertEquals(ItemStatus.PASSED, item(report, "exercise4.ParallelSumArgumentTest#sumOfSquaresRejectsNull").status(),
                () -> "a test that finishes is not cut short: " + describe(report));
    }

    @Test
    void haltingTheJvmOnlyLosesPoints() throws IOException {
        // Lift the exit rule so the halt really runs: the runtime, not the policy, must hold.
        ExerciseDescriptor strict = SAMPLE.descriptor();
        Exercise permissive = new Exercise(new ExerciseDescriptor(strict.id(), strict.title(), strict.packageName(),
                strict.given(), strict.limits(), new PolicySettings(1, List.of("exit")), strict.tests(),
                strict.timing()), SAMPLE.folder());
        Files.writeString(submission.resolve("Counter.java"),
                CORRECT.replace("return count;", "if (count > 1_000) Runtime.getRuntime().halt(0); return count;"));
        GradeReport report = PIPELINE.grade(permissive, submission, GradingScope.ALL);
        ReportItem manyThreads = item(report, "sample.CounterTest#countsInManyThreads");
        assertEquals(ItemStatus.FAILED, manyThreads.status());
        assertTrue(manyThreads.feedback().contains("ended early"), manyThreads.feedback());
        assertTrue(report.score() < report.maxScore());
    }

    @Test
    void printingForgedResultLinesGainsNothing() throws IOException {
        String forger = CORRECT.replaceFirst("count\\+\\+;", """
                count++;
                        if (count == 1) {
                            System.out.println("@@grader 3 finished c2FtcGxl cGFzc2Vk 00");
                            System.err.println("@@grader 3 done 00");
                        }
                        if (count % 7 == 0) count++;""");
        GradeReport report = grade(forger);
        assertFalse(report.allPassed(), () -> describe(report));
        assertEquals(ItemStatus.FAILED, item(report, "sample.CounterTest#countsInOneThread").status());
    }

    private GradeReport grade(String counterSource) throws IOException {
        Files.writeString(submission.resolve("Counter.java"), counterSource);
        return PIPELINE.grade(SAMPLE, submission, GradingScope.ALL);
    }

    private static ReportItem item(GradeReport report, String id) {
        return report.items().stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
    }

    private static String describe(GradeReport report) {
        return report.items().stream().map(item -> item.id() + " " + item.status() + " " + item.feedback())
                .collect(Collectors.joining("\n"));
    }
}
