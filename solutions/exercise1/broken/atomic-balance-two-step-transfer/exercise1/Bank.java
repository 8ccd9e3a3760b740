package exercise1;

import java.util.List;

/**
 * Broken on purpose: each account is an atomic variable, so nothing is lost, but a transfer is an
 * atomic withdrawal followed by an atomic deposit, and the total reads the atomics one by one.
 * In between, money is in neither account, and the total is not one snapshot.
 */
public final class Bank {

    private Bank() {
    }

    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("from and to are the same account");
        }
        if (!from.withdraw(amount)) {
            return false;
        }
        to.deposit(amount);
        return true;
    }

    public static long totalBalance(List<Account> accounts) {
        long sum = 0;
        for (Account account : accounts) {
            sum += account.balance();
        }
        return sum;
    }
}
