package grader.web.deadline;

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
        Long due = extendedDueAt != null ? extendedDueAt : dueAt;
        if (due == null || now <= due) {
            return Admission.onTime();
        }
        if (latePolicy == LatePolicy.REFUSE) {
            return Admission.refused("The deadline passed at " + show(due) + "; late submissions are not accepted.");
        }
        Long hard = hardDeadlineAt == null ? null : hardDeadlineAt + Math.max(0, due - (dueAt == null ? due : dueAt));
        if (hard != null && now > hard) {
            return Admission.refused("The last day for late submissions ended at " + show(hard) + ".");
        }
        int days = (int) ((now - due + DAY - 1) / DAY);
        return Admission.late(days, Math.min(1.0, days * penaltyPerDay));
    }

    /** One line for the student, before they submit: the deadline and what lateness costs. */
    public String describe(Long extendedDueAt) {
        Long due = extendedDueAt != null ? extendedDueAt : dueAt;
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
                text.append("A late submission loses ").append(Math.round(penaltyPerDay * 100)).append("% of its score per day late");
                text.append(hardDeadlineAt != null ? ", and none is taken after " + show(hardDeadlineAt) + "." : ".");
            } else {
                text.append("Late submissions are accepted without penalty");
                text.append(hardDeadlineAt != null ? " until " + show(hardDeadlineAt) + "." : ".");
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
