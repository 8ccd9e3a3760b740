package exercise1;

import java.util.List;

/** Broken: see {@link Account}. Transfers and totals hold {@link #LOCK}; direct withdrawals do not. */
public final class Bank {

    private static final Object LOCK = new Object();

    private Bank() {
    }

    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer from an account to itself");
        }
        synchronized (LOCK) {
            if (from.balance() < amount) {
                return false;
            }
            from.take(amount);
            to.deposit(amount);
            return true;
        }
    }

    public static long totalBalance(List<Account> accounts) {
        synchronized (LOCK) {
            long sum = 0;
            for (Account account : accounts) {
                sum += account.balance();
            }
            return sum;
        }
    }
}
