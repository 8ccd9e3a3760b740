package grader.child.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverrunBudgetTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void untilTestsStopShortTheWholeBudgetIsLeft() {
        assertEquals(10 * SECOND, new OverrunBudget(10_000).capNanos(5));
    }

    @Test
    void stoppedTestsSpendItUntilEachLaterOneGetsTheShortLook() {
        OverrunBudget budget = new OverrunBudget(10_000);
        budget.spend(3 * SECOND);
        budget.spend(3 * SECOND);
        assertEquals(4 * SECOND, budget.capNanos(5), "what the two stopped tests left");
        budget.spend(5 * SECOND);
        assertEquals(SECOND / 2, budget.capNanos(1), "at least half a second");
        assertEquals(3 * SECOND, budget.capNanos(30), "a tenth of a long limit");
        budget.spend(SECOND);
        assertEquals(SECOND / 2, budget.capNanos(5), "the short look never shrinks");
    }

    @Test
    void aJvmGivenNothingLeftGivesEachTestTheShortLook() {
        assertEquals(2 * SECOND, new OverrunBudget(0).capNanos(20));
    }

    @Test
    void theReasonSaysHowLongTheTestRanAndWhyItWasStoppedBeforeItsLimit() {
        String reason = new OverrunBudget(0).cutShort(1_040_000_000L, 20);
        assertTrue(reason.startsWith("stopped after 1.0 s, before its 20 s limit: earlier tests did not finish"), reason);
        assertTrue(reason.endsWith("after that each test gets a tenth of its limit, at least half a second (this one 2.0 s)."), reason);
    }

    @Test
    void theFirstTestStoppedIsToldItRanTheBudgetNotThatEarlierTestsHung() {
        String reason = new OverrunBudget(10_000).cutShort(10_000_000_000L, 16);
        assertTrue(reason.startsWith("stopped after 10.0 s, before its 16 s limit: a grading waits only so long in all"
                + " on code that does not finish, and this test ran what was left of that time"), reason);
        assertTrue(reason.endsWith("after it, each test gets a tenth of its limit, at least half a second (this one 1.6 s)."),
                reason);
    }
}
