package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Broken on purpose: the transfer checks for funds before it takes the locks, then moves the
 * money under both locks without checking again. Two transfers out of the same account can both
 * pass the check and together take more than it holds.
 */
public final class Bank {

    private Bank() {
    }

    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("from and to are the same account");
        }
        if (from.balance() < amount) {
            return false;
        }
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.adjust(-amount);
                to.adjust(amount);
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
