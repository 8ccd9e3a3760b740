package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Broken on purpose: withdraw and deposit are each atomic, but a transfer is the two of them one
 * after the other, each under its own account's lock. Between them the money is in neither
 * account, and a total taken at that moment (even one that holds every lock) is short.
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
