package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests: the rules of an account and a transfer, used from one thread, and two first
 * checks under concurrency. The hidden tests go much further (more threads, snapshots taken while
 * money moves, every argument check); passing these is a start, not a grade.
 */
class BankPublicTest {

    @Test
    @DisplayName("deposit and withdraw from one thread")
    void depositAndWithdraw() {
        Account account = new Account(100);
        expectBalance(account, 100, "a new Account(100)");
        account.deposit(50);
        expectBalance(account, 150, "Account(100) after deposit(50)");
        expectWithdraw(account, 30, true, 120, "the account holds 150");
        expectWithdraw(account, 121, false, 120, "the account holds only 120");
        expectWithdraw(account, 120, true, 0, "the account holds exactly 120");
        expectWithdraw(account, 1, false, 0, "the account is empty");
    }

    @Test
    @DisplayName("transfer and totalBalance from one thread")
    void transferAndTotal() {
        Account a = new Account(100);
        Account b = new Account(20);
        if (!Bank.transfer(a, b, 30)) {
            fail("transfer(a, b, 30) returned false, but a held 100, enough for 30");
        }
        expectBalances(a, 70, b, 50, "after transfer(a, b, 30) from a = 100, b = 20");
        if (Bank.transfer(b, a, 51)) {
            fail("transfer(b, a, 51) returned true, but b held only 50");
        }
        expectBalances(a, 70, b, 50, "after the refused transfer(b, a, 51) (nothing may change)");
        long total = Bank.totalBalance(List.of(a, b));
        if (total != 120) {
            fail("totalBalance([a, b]) returned " + total + " but a holds 70 and b holds 50: 120 in total");
        }
        long none = Bank.totalBalance(List.of());
        if (none != 0) {
            fail("totalBalance of an empty list returned " + none + " but should be 0");
        }
    }

    @Test
    @DisplayName("a negative initial balance, a deposit of 0 and a transfer to the same account are refused")
    void argumentsChecked() {
        expectRejected("new Account(-1)", "an account cannot start below zero", () -> new Account(-1));
        Account account = new Account(10);
        expectRejected("deposit(0)", "only a positive amount can be deposited", () -> account.deposit(0));
        expectRejected("transfer(a, a, 5)", "an account cannot transfer money to itself",
                () -> Bank.transfer(account, account, 5));
        expectBalance(account, 10, "Account(10) after the refused deposit(0) and transfer(a, a, 5)");
    }

    @Test
    @DisplayName("four threads depositing into one account at the same time lose no deposit")
    void concurrentDeposits() throws InterruptedException {
        Account account = new Account(0);
        Race race = new Race();
        for (int t = 1; t <= 4; t++) {
            race.thread("depositor " + t, 200_000, i -> account.deposit(1));
        }
        long made = 0;
        for (long deposits : race.run()) {
            made += deposits;
        }
        long balance = account.balance();
        if (balance != made) {
            fail("four threads together made " + made + " deposits of 1 into an account that started at 0, "
                    + "but its balance is " + balance + ": " + (made - balance) + " deposits were lost. "
                    + "balance += amount is a read, an add and a write; two threads that read the same old "
                    + "balance both write back old + 1, and one deposit vanishes.");
        }
    }

    @Test
    @DisplayName("two threads transferring in opposite directions both finish (no deadlock)")
    void oppositeTransfersFinish() throws InterruptedException {
        Account a = new Account(1_000_000);
        Account b = new Account(1_000_000);
        new Race()
                .thread("transfer a->b", 100_000, i -> Bank.transfer(a, b, 1))
                .thread("transfer b->a", 100_000, i -> Bank.transfer(b, a, 1))
                .run();
        long total = a.balance() + b.balance();
        if (total != 2_000_000) {
            fail("after transfers back and forth between two accounts of 1000000 each, they hold " + total
                    + " together instead of 2000000: money was lost or created. Each transfer must change both "
                    + "balances as one atomic step.");
        }
    }

    // --- checks shared by the tests above ------------------------------------------------------

    private static void expectBalance(Account account, long expected, String situation) {
        long balance = account.balance();
        if (balance != expected) {
            fail("balance() of " + situation + " returned " + balance + " but should be " + expected);
        }
    }

    private static void expectBalances(Account a, long expectedA, Account b, long expectedB, String situation) {
        long balanceA = a.balance();
        long balanceB = b.balance();
        if (balanceA != expectedA || balanceB != expectedB) {
            fail(situation + ", a holds " + balanceA + " and b holds " + balanceB + " but they should hold "
                    + expectedA + " and " + expectedB);
        }
    }

    private static void expectWithdraw(Account account, long amount, boolean expected, long balanceAfter,
            String situation) {
        boolean result = account.withdraw(amount);
        if (result != expected) {
            fail("withdraw(" + amount + ") returned " + result + " but should return " + expected
                    + " because " + situation);
        }
        expectBalance(account, balanceAfter, "the account after withdraw(" + amount + ") when " + situation);
    }

    private static void expectRejected(String call, String reason, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException expected) {
            return;
        } catch (RuntimeException other) {
            fail(call + " threw " + other + " but should throw IllegalArgumentException: " + reason, other);
        }
        fail(call + " should throw IllegalArgumentException: " + reason + "; it returned normally");
    }
}
