package grader.cli;

import grader.InvalidInputException;
import grader.api.GradingEngine;
import grader.api.model.GradingListener;
import grader.api.model.PointsFormat;
import grader.api.model.Report;
import grader.exercise.ExerciseDescriptor;
import grader.pipeline.GraderHome;
import grader.validate.LimitFit;
import grader.validate.Variant;
import grader.validate.VariantCatalog;
import grader.validate.VariantCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Grades the exercise's reference solution and every variant under solutions/EXERCISE/ "
                + "RUNS times and prints how often each held its expectation (variants.json), how often it was "
                + "contradicted, and its slowest grading's wall time; a correct solution whose speedup could not be "
                + "decided counts as contradicted. "
                + "It also times every test on the correct solutions and says where the exercise's time limits "
                + "leave less than " + LimitFit.FACTOR + " times the slowest; --fit-limits prints the limits "
                + "fitted to these runs, for exercise.json. "
                + "Exit 0 when no expectation was contradicted, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {

    private final GraderHome home;

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "exercise1 … exercise4")
    private String exerciseId;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "Gradings per variant (default 1).")
    private int runs;

    @Option(names = "--fit-limits", description = "Print each test method's time limit fitted to the correct "
            + "solutions' slowest time in these runs, as the timeLimitSeconds of exercise.json.")
    private boolean fitLimits;

    ValidateCommand(GraderHome home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new InvalidInputException("--runs must be at least 1.");
        }
        GradingEngine engine = GradingEngine.open(home.root());
        double maxScore = engine.exercise(exerciseId).points();
        List<Variant> variants = VariantCatalog.load(home.root().resolve("solutions"), exerciseId);
        ExerciseDescriptor descriptor = home.exercises().find(exerciseId).descriptor();
        LimitFit limits = new LimitFit();
        boolean noneViolated = true;
        SlowestGrading slowestOverall = new SlowestGrading("none", 0);
        List<String> table = new ArrayList<>();
        for (Variant variant : variants) {
            Map<VariantCheck.Verdict, Integer> counts = new EnumMap<>(VariantCheck.Verdict.class);
            double lowest = Double.MAX_VALUE;
            double highest = -1;
            String firstProblem = "";
            long slowestMillis = 0;
            for (int run = 1; run <= runs; run++) {
                System.err.printf(Locale.ROOT, "%s run %d/%d…%n", variant.name(), run, runs);
                long start = System.nanoTime();
                Report report = engine.grade(exerciseId, variant.folder(), GradingListener.NONE).report();
                slowestMillis = Math.max(slowestMillis, (System.nanoTime() - start) / 1_000_000);
                lowest = Math.min(lowest, report.score());
                highest = Math.max(highest, report.score());
                if (variant.expectFull()) {
                    report.tests().stream().filter(test -> test.durationMillis() != null)
                            .forEach(test -> limits.record(test.id(), test.durationMillis()));
                }
                VariantCheck.Outcome outcome = VariantCheck.check(variant, report);
                counts.merge(outcome.verdict(), 1, Integer::sum);
                if (outcome.verdict() != VariantCheck.Verdict.HELD && firstProblem.isEmpty()) {
                    firstProblem = outcome.verdict().name().toLowerCase(Locale.ROOT) + ": " + outcome.problem();
                }
            }
            int violated = counts.getOrDefault(VariantCheck.Verdict.VIOLATED, 0);
            noneViolated &= violated == 0;
            if (slowestMillis > slowestOverall.millis()) {
                slowestOverall = new SlowestGrading(variant.name(), slowestMillis);
            }
            table.add(String.format(Locale.ROOT, "%-36s %-6s %3d/%-3d %3d/%-3d  %7.1f s  %s–%s of %s%s", variant.name(),
                    variant.expectFull() ? "full" : "fails", counts.getOrDefault(VariantCheck.Verdict.HELD, 0), runs,
                    violated, runs, slowestMillis / 1000.0,
                    PointsFormat.format(lowest), PointsFormat.format(highest),
                    PointsFormat.format(maxScore),
                    firstProblem.isEmpty() ? "" : "\n    " + firstProblem));
        }
        System.out.printf(Locale.ROOT, "%-36s %-6s %-7s %-7s  %-9s  %s%n", "variant", "expect", "held", "wrong",
                "slowest", "scores");
        table.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "Slowest grading: %s, %.1f s.%n", slowestOverall.variant(),
                slowestOverall.millis() / 1000.0);
        System.out.println(noneViolated ? "No expectation was contradicted." : "Some expectations were contradicted.");
        limits.tooTight(descriptor).forEach((testId, why) -> System.out.println(
                "Time limit too tight for a busy machine: " + testId + ": " + why));
        if (fitLimits) {
            System.out.print("\nTime limits fitted to these runs (" + LimitFit.FACTOR + "x the slowest correct solution, at least "
                    + LimitFit.FLOOR_SECONDS + " s):\n" + limits.descriptorFragment(descriptor));
        }
        return noneViolated ? 0 : 1;
    }

    /** The variant whose grading took longest in these runs, and how long (issue: no grading may pass a minute). */
    private record SlowestGrading(String variant, long millis) {
    }
}
