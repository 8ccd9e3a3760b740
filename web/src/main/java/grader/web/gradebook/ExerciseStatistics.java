package grader.web.gradebook;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The charts of one exercise: a histogram of students' best scores (ten bins of the maximum) and
 * the distribution of the speedups of those best submissions (bins of a quarter), and how many
 * submissions have a speedup verdict pending. Immutable.
 */
public record ExerciseStatistics(List<String> scoreLabels, List<Integer> scoreCounts, List<String> speedupLabels,
                                 List<Integer> speedupCounts, int students, int pending) {

    private static final int SCORE_BINS = 10;
    private static final double SPEEDUP_BIN = 0.25;

    public static ExerciseStatistics of(List<BestScore> standings, int pending) {
        int[] scores = new int[SCORE_BINS];
        for (BestScore standing : standings) {
            scores[Math.min(SCORE_BINS - 1, (int) Math.floor(standing.share() * SCORE_BINS))]++;
        }
        List<String> scoreLabels = IntStream.range(0, SCORE_BINS)
                .mapToObj(bin -> (bin * 10) + (bin == SCORE_BINS - 1 ? "–100%" : "–" + (bin * 10 + 10) + "%")).toList();
        double top = standings.stream().map(BestScore::speedup).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        int speedupBins = Math.max(1, (int) Math.floor(top / SPEEDUP_BIN) + 1);
        int[] speedups = new int[speedupBins];
        standings.stream().map(BestScore::speedup).filter(Objects::nonNull)
                .forEach(speedup -> speedups[Math.min(speedupBins - 1, (int) Math.floor(Math.max(0, speedup) / SPEEDUP_BIN))]++);
        List<String> speedupLabels = IntStream.range(0, speedupBins)
                .mapToObj(bin -> String.format(Locale.ROOT, "%.2f×", bin * SPEEDUP_BIN)).toList();
        return new ExerciseStatistics(scoreLabels, Arrays.stream(scores).boxed().toList(), speedupLabels,
                Arrays.stream(speedups).boxed().toList(), standings.size(), pending);
    }
}
