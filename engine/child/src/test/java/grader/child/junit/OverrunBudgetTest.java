package grader.child.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverrunBudgetTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void untilTestsStopShortTheWholeBudgetIsLeft() {
        assertEquals(15 * SECOND, new OverrunBudget(15_000).capNanos());
    }

    @Test
    void stoppedTestsSpendItUntilEachLaterOneGetsTheShortLook() {
        OverrunBudget budget = new OverrunBudget(15_000);
        budget.spend(5 * SECOND);
        budget.spend(5 * SECOND);
        assertEquals(5 * SECOND, budget.capNanos(), "what the two stopped tests left");
        budget.spend(5 * SECOND);
        assertEquals(OverrunBudget.AFTER_SPENT_NANOS, budget.capNanos());
        budget.spend(OverrunBudget.AFTER_SPENT_NANOS);
        assertEquals(OverrunBudget.AFTER_SPENT_NANOS, budget.capNanos(), "the short look never shrinks");
    }

    @Test
    void aJvmGivenNothingLeftGivesEachTestTheShortLook() {
        assertEquals(OverrunBudget.AFTER_SPENT_NANOS, new OverrunBudget(0).capNanos());
    }

    @Test
    void theReasonSaysHowLongTheTestRanAndWhyItWasStoppedBeforeItsLimit() {
        String reason = new OverrunBudget(0).cutShort(1_040_000_000L, 20);
        assertTrue(reason.startsWith("stopped after 1.0 s, before its 20 s limit: earlier tests did not finish"), reason);
        assertTrue(reason.endsWith("after that each test gets 1 s."), reason);
    }
}
