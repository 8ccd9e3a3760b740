package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Transfers and totals over accounts that each carry a {@link java.util.concurrent.locks.ReentrantLock}.
 *
 * <p><b>Lock order.</b> Whoever needs several account locks takes them with {@code lock()} in
 * increasing {@link Account#id} order and releases them in the opposite order, in
 * {@code finally} blocks, so no cycle of waiting threads can form and no lock stays held after an
 * exception. The locks are reentrant, so {@link #transfer} may call {@link Account#withdraw} and
 * {@link Account#deposit}, which take the same locks again.
 *
 * <p>The class has no state of its own; its methods may be called from any number of threads.
 */
public final class Bank {

    private static final Comparator<Account> LOCK_ORDER = Comparator.comparingLong(account -> account.id);

    private Bank() {
    }

    /**
     * Moves {@code amount} from {@code from} to {@code to} as one atomic step, holding both locks.
     *
     * @return whether the money moved ({@code false}, with nothing changed, if {@code from} lacks it)
     * @throws IllegalArgumentException if {@code amount <= 0} or {@code from == to}
     */
    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer from an account to itself");
        }
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                if (!from.withdraw(amount)) {
                    return false;
                }
                to.deposit(amount);
                return true;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    /** The sum of the balances, holding every account's lock (taken in id order) while adding. */
    public static long totalBalance(List<Account> accounts) {
        Account[] ordered = accounts.toArray(new Account[0]);
        Arrays.sort(ordered, LOCK_ORDER);
        int locked = 0;
        try {
            for (Account account : ordered) {
                account.lock.lock();
                locked++;
            }
            long sum = 0;
            for (Account account : ordered) {
                sum += account.balance();
            }
            return sum;
        } finally {
            for (int k = locked - 1; k >= 0; k--) {
                ordered[k].lock.unlock();
            }
        }
    }
}
