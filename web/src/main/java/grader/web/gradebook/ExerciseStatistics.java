package grader.web.gradebook;

import java.util.List;

/**
 * The charts of one exercise: a histogram of students' best scores (ten bins of the maximum) and
 * the distribution of the speedups of those best submissions (bins of a quarter). Immutable.
 */
public record ExerciseStatistics(List<String> scoreLabels, List<Integer> scoreCounts, List<String> speedupLabels,
                                 List<Integer> speedupCounts, int students, int inconclusive) {

    private static final int SCORE_BINS = 10;
    private static final double SPEEDUP_BIN = 0.25;

    public static ExerciseStatistics of(List<BestScore> standings, int inconclusive) {
        int[] scores = new int[SCORE_BINS];
        for (BestScore standing : standings) {
            scores[Math.min(SCORE_BINS - 1, (int) Math.floor(standing.share() * SCORE_BINS))]++;
        }
        List<String> scoreLabels = java.util.stream.IntStream.range(0, SCORE_BINS)
                .mapToObj(bin -> (bin * 10) + (bin == SCORE_BINS - 1 ? "–100%" : "–" + (bin * 10 + 10) + "%")).toList();
        double top = standings.stream().map(BestScore::speedup).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        int speedupBins = Math.max(1, (int) Math.floor(top / SPEEDUP_BIN) + 1);
        int[] speedups = new int[speedupBins];
        standings.stream().map(BestScore::speedup).filter(java.util.Objects::nonNull)
                .forEach(speedup -> speedups[Math.min(speedupBins - 1, (int) Math.floor(Math.max(0, speedup) / SPEEDUP_BIN))]++);
        List<String> speedupLabels = java.util.stream.IntStream.range(0, speedupBins)
                .mapToObj(bin -> String.format(java.util.Locale.ROOT, "%.2f×", bin * SPEEDUP_BIN)).toList();
        return new ExerciseStatistics(scoreLabels, java.util.Arrays.stream(scores).boxed().toList(), speedupLabels,
                java.util.Arrays.stream(speedups).boxed().toList(), standings.size(), inconclusive);
    }
}
