package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: a check and the act that depends on it happen as one step. Two threads try to take
 * the same money at the same instant, a hundred thousand times over (see {@link Lockstep}); in
 * every round exactly one of them may succeed and no balance may go below zero. A solution that
 * checks the balance and then, in a separate step, subtracts from it lets both threads pass the
 * check in thousands of those rounds.
 */
class CheckThenActTest {

    private static final int ROUNDS = 100_000;

    @Test
    @DisplayName("two threads withdrawing the whole balance at the same time: exactly one succeeds")
    void wholeBalanceWithdrawnOnce() throws InterruptedException {
        Account[] accounts = accounts(ROUNDS, 100);
        boolean[][] succeeded = new boolean[2][ROUNDS];
        Lockstep.run(new String[] {"withdrawer 1", "withdrawer 2"}, ROUNDS,
                (thread, round) -> succeeded[thread][round] = accounts[round].withdraw(100));
        for (int round = 0; round < ROUNDS; round++) {
            long balance = accounts[round].balance();
            if (succeeded[0][round] && succeeded[1][round]) {
                fail("two threads each called withdraw(100) at the same moment on an account holding 100; both "
                        + "calls returned true and the balance became " + balance + " (in round " + (round + 1)
                        + " of " + ROUNDS + "). Both threads checked the balance before either took the money: "
                        + "the check and the withdrawal must be one atomic step.");
            }
            if (!succeeded[0][round] && !succeeded[1][round]) {
                fail("two threads each called withdraw(100) at the same moment on an account holding 100; both "
                        + "calls returned false, but one of them should have got the money (round "
                        + (round + 1) + ", balance afterwards " + balance + ")");
            }
            if (balance != 0) {
                fail("after one successful withdraw(100) from an account holding 100, its balance is " + balance
                        + " instead of 0 (round " + (round + 1) + " of " + ROUNDS + ")");
            }
        }
    }

    @Test
    @DisplayName("two threads withdrawing 60 and 70 from 100 at the same time: only one succeeds")
    void overlappingWithdrawalsNeverOverdraw() throws InterruptedException {
        Account[] accounts = accounts(ROUNDS, 100);
        long[] amounts = {60, 70};
        boolean[][] succeeded = new boolean[2][ROUNDS];
        Lockstep.run(new String[] {"withdrawer of 60", "withdrawer of 70"}, ROUNDS,
                (thread, round) -> succeeded[thread][round] = accounts[round].withdraw(amounts[thread]));
        for (int round = 0; round < ROUNDS; round++) {
            long balance = accounts[round].balance();
            if (succeeded[0][round] && succeeded[1][round]) {
                fail("on an account holding 100, one thread called withdraw(60) and another withdraw(70) at the "
                        + "same moment; both returned true and the balance became " + balance + " (round "
                        + (round + 1) + " of " + ROUNDS + "). A balance must never go below zero.");
            }
            long expected = succeeded[0][round] ? 40 : succeeded[1][round] ? 30 : 100;
            if (balance != expected || (!succeeded[0][round] && !succeeded[1][round])) {
                fail("on an account holding 100, one thread called withdraw(60) and another withdraw(70) at the "
                        + "same moment; they returned " + succeeded[0][round] + " and " + succeeded[1][round]
                        + " and the balance became " + balance + ": exactly one should succeed, leaving 40 or 30"
                        + " (round " + (round + 1) + " of " + ROUNDS + ")");
            }
        }
    }

    @Test
    @DisplayName("two threads transferring the whole balance of one account at the same time: exactly one succeeds")
    void wholeBalanceTransferredOnce() throws InterruptedException {
        Account[] sources = accounts(ROUNDS, 100);
        Account[][] targets = {accounts(ROUNDS, 0), accounts(ROUNDS, 0)};
        boolean[][] succeeded = new boolean[2][ROUNDS];
        Lockstep.run(new String[] {"transfer a->b", "transfer a->c"}, ROUNDS,
                (thread, round) -> succeeded[thread][round] =
                        Bank.transfer(sources[round], targets[thread][round], 100));
        for (int round = 0; round < ROUNDS; round++) {
            long a = sources[round].balance();
            long b = targets[0][round].balance();
            long c = targets[1][round].balance();
            String outcome = "they returned " + succeeded[0][round] + " and " + succeeded[1][round]
                    + ", and the balances became a = " + a + ", b = " + b + ", c = " + c;
            if (succeeded[0][round] && succeeded[1][round]) {
                fail("account a held 100; one thread called transfer(a, b, 100) and another transfer(a, c, 100) "
                        + "at the same moment. Both succeeded: " + outcome + " (round " + (round + 1) + " of "
                        + ROUNDS + "). The check for funds and the move must be one atomic step.");
            }
            boolean consistent = succeeded[0][round] ? a == 0 && b == 100 && c == 0
                    : succeeded[1][round] && a == 0 && b == 0 && c == 100;
            if (!consistent) {
                fail("account a held 100; one thread called transfer(a, b, 100) and another transfer(a, c, 100) "
                        + "at the same moment: " + outcome + ". Exactly one should succeed and move the 100"
                        + " (round " + (round + 1) + " of " + ROUNDS + ")");
            }
        }
    }

    private static Account[] accounts(int count, long balance) {
        Account[] accounts = new Account[count];
        for (int k = 0; k < count; k++) {
            accounts[k] = new Account(balance);
        }
        return accounts;
    }
}
