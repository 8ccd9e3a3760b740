package grader.web.gradebook;

/**
 * One student's standing in one exercise: best score (after late penalties) of their graded
 * submissions, its maximum, the speedup of that best submission, the latest score, and how many
 * submissions were graded. Scores are null for a student with nothing graded. Immutable.
 */
public record BestScore(long accountId, String username, String displayName, String exerciseId, Double best,
                        Double maxScore, Double speedup, Double latest, int graded) {

    /** The best score as a share of the maximum, 0 to 1, or null; what the matrix colours by. */
    public Double share() {
        return best == null || maxScore == null || maxScore == 0 ? null : best / maxScore;
    }
}
