package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Correct on its own: a transfer holds both accounts' locks (taken in id order) while it calls
 * withdraw and deposit, and the total holds every lock. The mistake is in Account.withdraw.
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
