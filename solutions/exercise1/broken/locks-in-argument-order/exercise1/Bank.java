package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Broken on purpose: a transfer locks {@code from}, then {@code to}, in the order the caller
 * named them. Thread 1 running transfer(a, b) holds a and waits for b while thread 2 running
 * transfer(b, a) holds b and waits for a: each waits for the other forever.
 */
public final class Bank {

    private Bank() {
    }

    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("from and to are the same account");
        }
        synchronized (from) {
            synchronized (to) {
                if (!from.withdraw(amount)) {
                    return false;
                }
                to.deposit(amount);
                return true;
            }
        }
    }

    public static long totalBalance(List<Account> accounts) {
        Account[] ordered = accounts.toArray(new Account[0]);
        Arrays.sort(ordered, Comparator.comparingLong(account -> account.id));
        return sum(ordered, 0);
    }

    private static long sum(Account[] ordered, int next) {
        if (next == ordered.length) {
            long sum = 0;
            for (Account account : ordered) {
                sum += account.balance();
            }
            return sum;
        }
        synchronized (ordered[next]) {
            return sum(ordered, next + 1);
        }
    }
}
