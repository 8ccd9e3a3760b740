package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: many threads deposit into and withdraw from ONE account at the same time, and not
 * a single update may be lost. {@code balance += amount} on a plain or {@code volatile} field is a
 * read, an add and a write; two threads that interleave them lose one of the two updates. With
 * four threads doing hundreds of thousands of updates each, an unguarded field loses thousands.
 */
class LostUpdateTest {

    private static final int THREADS = 4;
    private static final long STEPS = 250_000;

    @Test
    @DisplayName("four threads depositing into one account lose no deposit")
    void concurrentDeposits() throws InterruptedException {
        Account account = new Account(0);
        Race race = new Race();
        for (int t = 1; t <= THREADS; t++) {
            race.thread("depositor " + t, STEPS, i -> account.deposit(1));
        }
        long made = sum(race.run());
        long balance = account.balance();
        if (balance != made) {
            fail(THREADS + " threads made " + made + " deposits of 1 into an account opened with 0, but its "
                    + "balance is " + balance + ": " + (made - balance) + " deposits were lost. Two threads "
                    + "read the same old balance and both wrote back old + 1.");
        }
    }

    @Test
    @DisplayName("four threads withdrawing from one account lose no withdrawal")
    void concurrentWithdrawals() throws InterruptedException {
        long initial = 1_000_000_000_000L;
        Account account = new Account(initial);
        Race race = new Race();
        for (int t = 1; t <= THREADS; t++) {
            race.thread("withdrawer " + t, STEPS, i -> {
                if (!account.withdraw(1)) {
                    fail("withdraw(1) returned false on an account that still held about "
                            + account.balance() + " (it was opened with " + initial + ")");
                }
            });
        }
        long made = sum(race.run());
        long balance = account.balance();
        if (balance != initial - made) {
            fail(THREADS + " threads made " + made + " successful withdrawals of 1 from an account opened with "
                    + initial + ", so it should hold " + (initial - made) + ", but it holds " + balance
                    + ": " + (balance - (initial - made)) + " withdrawals were lost (paid out, but never "
                    + "taken off the balance).");
        }
    }

    @Test
    @DisplayName("deposits and withdrawals on one account at the same time all count")
    void depositsAndWithdrawalsTogether() throws InterruptedException {
        long initial = 1_000_000_000L;
        Account account = new Account(initial);
        long[] withdrawn = new long[2];
        long[] steps = new Race()
                .thread("depositor 1", STEPS, i -> account.deposit(3))
                .thread("withdrawer 1", STEPS, i -> {
                    if (account.withdraw(2)) {
                        withdrawn[0]++;
                    }
                })
                .thread("depositor 2", STEPS, i -> account.deposit(3))
                .thread("withdrawer 2", STEPS, i -> {
                    if (account.withdraw(2)) {
                        withdrawn[1]++;
                    }
                })
                .run();
        long deposits = steps[0] + steps[2];
        long withdrawals = withdrawn[0] + withdrawn[1];
        long expected = initial + 3 * deposits - 2 * withdrawals;
        long balance = account.balance();
        if (balance != expected) {
            fail("an account opened with " + initial + " received " + deposits + " deposits of 3 and paid out "
                    + withdrawals + " withdrawals of 2, all at the same time from four threads, so it should "
                    + "hold " + expected + ", but it holds " + balance + ": updates were lost.");
        }
    }

    private static long sum(long[] counts) {
        long sum = 0;
        for (long count : counts) {
            sum += count;
        }
        return sum;
    }
}
