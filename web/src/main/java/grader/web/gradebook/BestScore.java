package grader.web.gradebook;

/**
 * One student's standing in one exercise: best score (after late penalties) of their graded
 * submissions, its maximum, and of that best submission its id, speedup, days late and late
 * penalty (a share, 0 to 1) and the score set by hand, if any (null); the latest score, and how
 * many submissions were graded. Scores are the ones that count: an override where there is one.
 * Immutable.
 */
public record BestScore(long accountId, String username, String displayName, String exerciseId, double best,
                        double maxScore, long bestSubmissionId, Double speedup, int lateDays, double penalty,
                        double latest, int graded, ScoreOverride override) {

    /** The best score as a share of the maximum, 0 to 1; what the matrix colours by. */
    public double share() {
        return maxScore == 0 ? 0 : best / maxScore;
    }

    /** The matrix's colour step for this score: its share in tenths, 0 (red) to 10 (green). */
    public int shade() {
        return (int) Math.round(Math.min(1, Math.max(0, share())) * 10);
    }
}
