package grader.web.deadline;

import grader.InvalidInputException;
import grader.api.model.PointsFormat;
import grader.web.gradebook.Points;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An exercise's deadlines and limits, as the instructor set them: release and due dates, the
 * late policy (a penalty per day late, up to an optional hard deadline, or refusal), a cap on
 * graded submissions, and whether hidden tests' details are published to students. Times are
 * epoch milliseconds, null when unset. Immutable.
 */
public record ExerciseTerms(String exerciseId, Long releaseAt, Long dueAt, LatePolicy latePolicy, double penaltyPerDay,
                            Long hardDeadlineAt, Integer maxGraded, boolean hiddenPublished) {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** An exercise nobody configured: open, no deadline, no cap, hidden details unpublished. */
    public static ExerciseTerms open(String exerciseId) {
        return new ExerciseTerms(exerciseId, null, null, LatePolicy.PENALTY, 0, null, null, false);
    }

    /**
     * Decides a submission made at {@code now} by a student whose own due date is
     * {@code extendedDueAt} (null without an extension). An extension moves the hard deadline
     * along with the due date.
     */
    public Admission admit(long now, Long extendedDueAt) {
        if (releaseAt != null && now < releaseAt) {
            return Admission.refused("This exercise opens for submissions at " + show(releaseAt) + ".");
        }
        Long due = dueFor(extendedDueAt);
        if (due == null || now <= due) {
            return Admission.onTime();
        }
        if (latePolicy == LatePolicy.REFUSE) {
            return Admission.refused("The deadline passed at " + show(due) + "; late submissions are not accepted.");
        }
        Long hard = hardDeadlineFor(extendedDueAt);
        if (hard != null && now > hard) {
            return Admission.refused("The last day for late submissions ended at " + show(hard) + ".");
        }
        int days = (int) ((now - due + DAY - 1) / DAY);
        return Admission.late(days, Math.min(1.0, days * penaltyPerDay));
    }

    /** The due date of a student whose extension is {@code extendedDueAt} (null without one). */
    public Long dueFor(Long extendedDueAt) {
        return extendedDueAt != null ? extendedDueAt : dueAt;
    }

    /**
     * The last moment a late submission is taken from a student whose extension is
     * {@code extendedDueAt}: the hard deadline, moved later by as much as the extension moves the
     * due date (an extension past the hard deadline carries it along); null without a hard deadline.
     */
    public Long hardDeadlineFor(Long extendedDueAt) {
        Long due = dueFor(extendedDueAt);
        return hardDeadlineAt == null ? null : hardDeadlineAt + Math.max(0, due - (dueAt == null ? due : dueAt));
    }

    /** The penalty per day in percent, as forms take it and pages show it: {@code 10}, {@code 0.50}. */
    public String penaltyPercent() {
        return percent(penaltyPerDay);
    }

    /** A share of the score (0 to 1) as the percentage every page shows: {@code 0.005} is {@code 0.50}. */
    public static String percent(double share) {
        return PointsFormat.format(Points.round(share * 100));
    }

    /**
     * Refuses terms that cannot mean what they say: dates out of order (release before due before
     * the hard deadline; a hard deadline needs a due date), a penalty outside 0–100%, a cap below 1.
     */
    public void check() {
        boolean ordered = (releaseAt == null || dueAt == null || releaseAt < dueAt)
                && (hardDeadlineAt == null || dueAt != null && dueAt < hardDeadlineAt)
                && (releaseAt == null || hardDeadlineAt == null || releaseAt < hardDeadlineAt);
        if (!ordered) {
            throw new InvalidInputException("The dates must come in order: the release before the due date, the due date"
                    + " before the hard deadline (which needs a due date).");
        }
        if (!(penaltyPerDay >= 0 && penaltyPerDay <= 1)) {
            throw new InvalidInputException("The penalty per day is a percentage from 0 to 100, not " + penaltyPercent() + ".");
        }
        if (maxGraded != null && maxGraded < 1) {
            throw new InvalidInputException("The cap on graded submissions must be at least 1, or empty for no cap.");
        }
    }

    /** One line for the student, before they submit: the deadline and what lateness costs. */
    public String describe(Long extendedDueAt) {
        Long due = dueFor(extendedDueAt);
        Long hard = hardDeadlineFor(extendedDueAt);
        StringBuilder text = new StringBuilder();
        if (releaseAt != null) {
            text.append("Opens ").append(show(releaseAt)).append(". ");
        }
        if (due == null) {
            text.append("No deadline.");
        } else {
            text.append("Due ").append(show(due)).append(extendedDueAt != null ? " (your extension). " : ". ");
            if (latePolicy == LatePolicy.REFUSE) {
                text.append("Late submissions are refused.");
            } else if (penaltyPerDay > 0) {
                text.append("A late submission loses ").append(penaltyPercent()).append("% of its score per day late");
                text.append(hard != null ? ", and none is taken after " + show(hard) + "." : ".");
            } else {
                text.append("Late submissions are accepted without penalty");
                text.append(hard != null ? " until " + show(hard) + "." : ".");
            }
        }
        if (maxGraded != null) {
            text.append(" At most ").append(maxGraded).append(" graded submissions.");
        }
        return text.toString();
    }

    public static String show(long epochMillis) {
        return SHOWN.format(Instant.ofEpochMilli(epochMillis));
    }
}
