package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Broken on purpose: atomic and deadlock-free, but a transfer of 0 or less, or from an account to
 * itself, is carried out instead of refused.
 */
public final class Bank {

    private Bank() {
    }

    public static boolean transfer(Account from, Account to, long amount) {
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
