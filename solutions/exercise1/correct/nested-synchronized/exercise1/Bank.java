package exercise1;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Transfers and totals with nested {@code synchronized} blocks, outer lock on the lower
 * {@link Account#number}, as students often write it: the balances are changed directly inside
 * the blocks rather than through {@link Account#withdraw} and {@link Account#deposit}.
 *
 * <p><b>Why it cannot deadlock.</b> Every thread that holds two or more account monitors took them
 * in increasing number order, so no cycle of threads waiting for each other can form.
 *
 * <p>The class has no state of its own; its methods may be called from any number of threads.
 */
public final class Bank {

    private Bank() {
    }

    /**
     * Moves {@code amount} from {@code from} to {@code to} as one atomic step, inside both monitors.
     *
     * @return whether the money moved ({@code false}, with nothing changed, if {@code from} lacks it)
     * @throws IllegalArgumentException if {@code amount <= 0} or {@code from == to}
     */
    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer from an account to itself");
        }
        Account lower = from.number < to.number ? from : to;
        Account higher = lower == from ? to : from;
        synchronized (lower) {
            synchronized (higher) {
                if (from.balance < amount) {
                    return false;
                }
                from.balance -= amount;
                to.balance += amount;
                return true;
            }
        }
    }

    /** The sum of the balances, inside the monitors of all the accounts, taken in number order. */
    public static long totalBalance(List<Account> accounts) {
        List<Account> ordered = new ArrayList<>(accounts);
        ordered.sort(Comparator.comparingInt(account -> account.number));
        return sumInside(ordered, 0);
    }

    /** Enters the monitor of {@code ordered.get(next)} and of every later account, then sums. */
    private static long sumInside(List<Account> ordered, int next) {
        if (next == ordered.size()) {
            long sum = 0;
            for (Account account : ordered) {
                sum += account.balance;
            }
            return sum;
        }
        synchronized (ordered.get(next)) {
            return sumInside(ordered, next + 1);
        }
    }
}
