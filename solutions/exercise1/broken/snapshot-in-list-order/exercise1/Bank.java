package exercise1;

import java.util.List;

/**
 * Broken on purpose: transfers lock their two accounts in id order, but the total locks the
 * accounts in the order of the list it is given. With a list that is not in id order, the total
 * can hold a later account and wait for an earlier one while a transfer holds the earlier one and
 * waits for the later one: a deadlock.
 */
public final class Bank {

    private Bank() {
    }

    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("from and to are the same account");
        }
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                if (!from.withdraw(amount)) {
                    return false;
                }
                to.deposit(amount);
                return true;
            }
        }
    }

    public static long totalBalance(List<Account> accounts) {
        return sum(accounts, 0);
    }

    private static long sum(List<Account> accounts, int next) {
        if (next == accounts.size()) {
            long sum = 0;
            for (Account account : accounts) {
                sum += account.balance();
            }
            return sum;
        }
        synchronized (accounts.get(next)) {
            return sum(accounts, next + 1);
        }
    }
}
