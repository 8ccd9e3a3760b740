package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: a check and the act that depends on it happen as one step. Two threads keep
 * trying to take the same money out of one account. Whoever gets it holds it for a moment, checks
 * that nobody else got it too, and puts it back; then both try again at once, millions of times.
 * With a correct account only one can ever hold the money. A solution that checks the balance and
 * then, in a separate step, subtracts from it lets both threads pass the check: both "get" the
 * money and the balance goes below zero. This happens on free cores (threads truly in parallel)
 * as on a busy one (a thread interrupted between its check and its act while the other runs).
 */
class CheckThenActTest {

    private static final long ATTEMPTS = 200_000;

    @Test
    @DisplayName("two threads withdrawing the whole balance at the same time: only one succeeds")
    void wholeBalanceWithdrawnOnce() throws InterruptedException {
        Account account = new Account(100);
        AtomicReference<String> holder = new AtomicReference<>();
        Race race = new Race();
        for (String me : new String[] {"withdrawer 1", "withdrawer 2"}) {
            race.thread(me, ATTEMPTS, i -> {
                if (!account.withdraw(100)) {
                    return;
                }
                String other = holder.compareAndExchange(null, me);
                if (other != null) {
                    fail("two threads each called withdraw(100) on an account holding 100 at the same time, and both "
                            + "calls returned true: thread \"" + me + "\" got the whole balance while thread \"" + other
                            + "\" still had it, and the balance became " + account.balance() + ". Both threads "
                            + "checked the balance before either took the money: the check and the withdrawal "
                            + "must be one atomic step.");
                }
                long balance = account.balance();
                if (balance != 0) {
                    fail("thread \"" + me + "\" withdrew the whole balance of 100, so the balance must stay 0 until it "
                            + "puts the money back, but it is " + balance + ": another withdrawal of the same money "
                            + "succeeded too. The check and the withdrawal must be one atomic step.");
                }
                holder.set(null);
                account.deposit(100);
            });
        }
        race.run();
        expectFinalBalance(account, 100, "two threads took the whole 100 out of it and put it back, over and over");
    }

    @Test
    @DisplayName("two threads withdrawing 60 and 70 from 100 at the same time: only one succeeds, never below zero")
    void overlappingWithdrawalsNeverOverdraw() throws InterruptedException {
        Account account = new Account(100);
        AtomicReference<String> holder = new AtomicReference<>();
        Race race = new Race();
        for (long amount : new long[] {60, 70}) {
            String me = "withdrawer of " + amount;
            race.thread(me, ATTEMPTS, i -> {
                if (!account.withdraw(amount)) {
                    return;
                }
                String other = holder.compareAndExchange(null, me);
                if (other != null) {
                    fail("on an account holding 100, one thread called withdraw(60) and another withdraw(70) at the "
                            + "same time, and both returned true: the balance became " + account.balance()
                            + ". A withdrawal must not succeed when the balance is too small, and the balance must "
                            + "never go below zero.");
                }
                long balance = account.balance();
                if (balance != 100 - amount) {
                    fail("thread \"" + me + "\" withdrew " + amount + " from an account holding 100, so the balance "
                            + "must stay " + (100 - amount) + " until it puts the money back, but it is " + balance
                            + ": the other withdrawal succeeded too, overdrawing the account.");
                }
                holder.set(null);
                account.deposit(amount);
            });
        }
        race.run();
        expectFinalBalance(account, 100, "withdrawals of 60 and 70 were each put back");
    }

    @Test
    @DisplayName("two threads transferring the whole balance of one account at the same time: only one succeeds")
    void wholeBalanceTransferredOnce() throws InterruptedException {
        Account a = new Account(100);
        Account[] targets = {new Account(0), new Account(0)};
        String[] names = {"b", "c"};
        AtomicReference<String> holder = new AtomicReference<>();
        Race race = new Race();
        for (int k = 0; k < 2; k++) {
            Account mine = targets[k];
            Account theirs = targets[1 - k];
            String mineName = names[k];
            String theirsName = names[1 - k];
            String me = "transfer a->" + mineName;
            race.thread(me, ATTEMPTS, i -> {
                if (!Bank.transfer(a, mine, 100)) {
                    return;
                }
                String other = holder.compareAndExchange(null, me);
                if (other != null) {
                    fail("account a held 100; one thread called transfer(a, b, 100) and another transfer(a, c, 100) "
                            + "at the same time, and both returned true: a = " + a.balance() + ", b = "
                            + targets[0].balance() + ", c = " + targets[1].balance() + ". The check for funds and "
                            + "the move must be one atomic step.");
                }
                long left = a.balance();
                long mineNow = mine.balance();
                long theirsNow = theirs.balance();
                if (left != 0 || mineNow != 100 || theirsNow != 0) {
                    fail("thread \"" + me + "\" moved the whole 100 out of account a, so until it moves it back a must "
                            + "hold 0, " + mineName + " 100 and " + theirsName + " 0, but they hold " + left + ", "
                            + mineNow + " and " + theirsNow + ": the other transfer of the same money succeeded too.");
                }
                holder.set(null);
                if (!Bank.transfer(mine, a, 100)) {
                    fail("transfer(" + mineName + ", a, 100) returned false, but " + mineName + " held 100");
                }
            });
        }
        race.run();
        expectFinalBalance(a, 100, "the 100 was moved out and back, over and over");
    }

    private static void expectFinalBalance(Account account, long expected, String story) {
        long balance = account.balance();
        if (balance != expected) {
            fail("an account opened with 100 ends with " + balance + " instead of " + expected + "; " + story);
        }
    }
}
