package grader.web.deadline;

/**
 * Whether a submission made now is taken, and at what cost: {@code refusal} is a sentence for the
 * student when it is not; {@code penalty} is the share of the score it loses (0 to 1).
 */
public record Admission(boolean accepted, String refusal, int lateDays, double penalty) {

    public static Admission onTime() {
        return new Admission(true, null, 0, 0);
    }

    public static Admission late(int days, double penalty) {
        return new Admission(true, null, days, penalty);
    }

    public static Admission refused(String reason) {
        return new Admission(false, reason, 0, 0);
    }
}
