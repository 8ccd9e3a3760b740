package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests, one thread: every argument the contract rules out is refused with
 * IllegalArgumentException and changes nothing; a withdrawal or transfer the balance cannot cover
 * returns false and changes nothing.
 */
class ArgumentCheckTest {

    private static final long[] NOT_POSITIVE = {0, -1, -100, Long.MIN_VALUE};

    @Test
    @DisplayName("an account cannot be opened with a negative balance (but can with 0)")
    void negativeInitialBalanceRefused() {
        for (long initial : new long[] {-1, -100, Long.MIN_VALUE}) {
            try {
                Account account = new Account(initial);
                fail("new Account(" + initial + ") opened an account with balance " + account.balance()
                        + "; it should throw IllegalArgumentException: a balance cannot start below zero");
            } catch (IllegalArgumentException expected) {
                // refused, as it should be
            }
        }
        Account empty = new Account(0);
        if (empty.balance() != 0) {
            fail("new Account(0) has balance " + empty.balance() + " instead of 0");
        }
    }

    @Test
    @DisplayName("deposits of 0 or less are refused and change nothing")
    void nonPositiveDepositRefused() {
        Account account = new Account(100);
        for (long amount : NOT_POSITIVE) {
            refused("deposit(" + amount + ")", "only a positive amount can be deposited",
                    () -> {
                        account.deposit(amount);
                        return null;
                    });
            expectBalance(account, 100, "an account of 100 after the refused deposit(" + amount + ")");
        }
    }

    @Test
    @DisplayName("withdrawals of 0 or less are refused and change nothing")
    void nonPositiveWithdrawalRefused() {
        Account account = new Account(100);
        for (long amount : NOT_POSITIVE) {
            refused("withdraw(" + amount + ")", "only a positive amount can be withdrawn",
                    () -> account.withdraw(amount));
            expectBalance(account, 100, "an account of 100 after the refused withdraw(" + amount + ")");
        }
        Account empty = new Account(0);
        refused("withdraw(0) on an empty account", "only a positive amount can be withdrawn",
                () -> empty.withdraw(0));
    }

    @Test
    @DisplayName("a withdrawal larger than the balance returns false and changes nothing")
    void withdrawalBeyondBalance() {
        Account account = new Account(50);
        expectWithdraw(account, 51, false, 50, "holds only 50");
        expectWithdraw(account, Long.MAX_VALUE, false, 50, "holds only 50");
        expectWithdraw(account, 50, true, 0, "holds exactly 50");
        expectWithdraw(account, 1, false, 0, "is empty");
        Account empty = new Account(0);
        expectWithdraw(empty, 1, false, 0, "was opened with 0");
    }

    @Test
    @DisplayName("transfers of 0 or less are refused and change nothing, even from an empty account")
    void nonPositiveTransferRefused() {
        Account a = new Account(100);
        Account b = new Account(20);
        Account empty = new Account(0);
        for (long amount : NOT_POSITIVE) {
            refused("transfer(a, b, " + amount + ")", "only a positive amount can be transferred",
                    () -> Bank.transfer(a, b, amount));
            refused("transfer(empty, b, " + amount + ")", "only a positive amount can be transferred",
                    () -> Bank.transfer(empty, b, amount));
            expectBalances(a, 100, b, 20, "after the refused transfer(a, b, " + amount + ")");
        }
    }

    @Test
    @DisplayName("a transfer from an account to itself is refused")
    void transferToItselfRefused() {
        Account a = new Account(100);
        for (long amount : new long[] {1, 60, 100}) {
            refused("transfer(a, a, " + amount + ") with a holding 100",
                    "an account cannot transfer money to itself", () -> Bank.transfer(a, a, amount));
            expectBalance(a, 100, "an account of 100 after the refused transfer(a, a, " + amount + ")");
        }
    }

    @Test
    @DisplayName("a transfer larger than the balance returns false and changes neither account")
    void transferBeyondBalance() {
        Account a = new Account(50);
        Account b = new Account(7);
        expectTransfer(a, b, true, 51, false, 50, 7, "a holds only 50");
        expectTransfer(a, b, true, Long.MAX_VALUE, false, 50, 7, "a holds only 50");
        expectTransfer(a, b, true, 50, true, 0, 57, "a holds exactly 50");
        expectTransfer(a, b, true, 1, false, 0, 57, "a is empty");
        expectTransfer(a, b, false, 58, false, 0, 57, "b holds only 57");
    }

    // --- checks ------------------------------------------------------------------------------

    /** Fails unless {@code call} throws IllegalArgumentException; a call returning nothing returns null. */
    private static void refused(String description, String reason, Callable<Object> call) {
        Object result;
        try {
            result = call.call();
        } catch (IllegalArgumentException expected) {
            return;
        } catch (Exception other) {
            fail(description + " threw " + other + " but should throw IllegalArgumentException: " + reason, other);
            return;
        }
        fail(description + (result == null ? " returned normally" : " returned " + result)
                + " but should throw IllegalArgumentException: " + reason);
    }

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

    private static void expectWithdraw(Account account, long amount, boolean expected, long after, String why) {
        boolean result = account.withdraw(amount);
        if (result != expected) {
            fail("withdraw(" + amount + ") returned " + result + " but should return " + expected
                    + ": the account " + why);
        }
        expectBalance(account, after, "the account after withdraw(" + amount + ") when it " + why);
    }

    /** Transfers from a to b ({@code aToB}) or from b to a, and checks the result and both balances. */
    private static void expectTransfer(Account a, Account b, boolean aToB, long amount, boolean expected,
            long afterA, long afterB, String why) {
        String call = aToB ? "transfer(a, b, " + amount + ")" : "transfer(b, a, " + amount + ")";
        boolean result = aToB ? Bank.transfer(a, b, amount) : Bank.transfer(b, a, amount);
        if (result != expected) {
            fail(call + " returned " + result + " but should return " + expected + ": " + why);
        }
        expectBalances(a, afterA, b, afterB, "after " + call + " when " + why);
    }
}
