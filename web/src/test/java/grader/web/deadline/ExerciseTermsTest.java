package grader.web.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The late-policy arithmetic: whole days late rounded up, penalty capped at all, hard deadlines, releases, extensions. */
class ExerciseTermsTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long DUE = 1_000 * DAY;

    @Test
    void onTimeUpToTheDueDateThenADayLateForEachStartedDay() {
        ExerciseTerms terms = new ExerciseTerms("e", null, DUE, LatePolicy.PENALTY, 0.3, null, null, false);
        assertEquals(Admission.onTime(), terms.admit(DUE, null));
        assertEquals(Admission.late(1, 0.3), terms.admit(DUE + 1, null));
        assertEquals(Admission.late(1, 0.3), terms.admit(DUE + DAY, null));
        assertEquals(2, terms.admit(DUE + DAY + 1, null).lateDays());
        assertEquals(1.0, terms.admit(DUE + 10 * DAY, null).penalty(), "never more than the whole score");
    }

    @Test
    void refusedBeforeReleaseAfterAHardDeadlineOrWhenLateIsRefused() {
        assertFalse(new ExerciseTerms("e", DUE - DAY, DUE, LatePolicy.PENALTY, 0, null, null, false).admit(DUE - 2 * DAY, null).accepted());
        ExerciseTerms hard = new ExerciseTerms("e", null, DUE, LatePolicy.PENALTY, 0.1, DUE + 2 * DAY, null, false);
        assertTrue(hard.admit(DUE + 2 * DAY, null).accepted());
        assertFalse(hard.admit(DUE + 2 * DAY + 1, null).accepted());
        assertFalse(new ExerciseTerms("e", null, DUE, LatePolicy.REFUSE, 0, null, null, false).admit(DUE + 1, null).accepted());
    }

    @Test
    void anExtensionMovesTheDueDateAndTheHardDeadlineAlong() {
        ExerciseTerms terms = new ExerciseTerms("e", null, DUE, LatePolicy.PENALTY, 0.1, DUE + DAY, null, false);
        assertEquals(Admission.onTime(), terms.admit(DUE + 3 * DAY, DUE + 3 * DAY));
        assertEquals(Admission.late(1, 0.1), terms.admit(DUE + 4 * DAY, DUE + 3 * DAY));
        assertFalse(terms.admit(DUE + 4 * DAY + 1, DUE + 3 * DAY).accepted());
    }

    @Test
    void studentsReadTheDeadlineAndWhatLatenessCosts() {
        assertEquals("No deadline.", ExerciseTerms.open("e").describe(null));
        String text = new ExerciseTerms("e", null, DUE, LatePolicy.PENALTY, 0.1, null, 5, false).describe(null);
        assertTrue(text.contains("Due 1972-09-27 00:00 UTC.") && text.contains("loses 10% of its score per day late")
                && text.contains("At most 5 graded submissions."), text);
    }

    @Test
    void aStudentWithAnExtensionReadsTheHardDeadlineItCarriesAlong() {
        ExerciseTerms terms = new ExerciseTerms("e", null, DUE, LatePolicy.PENALTY, 0.005, DUE + 2 * DAY, null, false);
        String text = terms.describe(DUE + 5 * DAY);
        assertTrue(text.contains("none is taken after " + ExerciseTerms.show(DUE + 7 * DAY) + "."), text);
        assertTrue(text.contains("loses 0.50% of its score per day late"), text);
        assertEquals(DUE + 7 * DAY, terms.hardDeadlineFor(DUE + 5 * DAY));
    }
}
