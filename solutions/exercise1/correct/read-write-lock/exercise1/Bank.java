package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * Transfers under the write locks of both accounts, totals under the read locks of all, each set
 * taken in increasing {@link Account#id} order (so no cycle of waiting threads can form) and
 * released in {@code finally} blocks. Totals run beside each other and beside balance reads,
 * never beside a change to an account they cover.
 *
 * <p>The class has no state of its own; its methods may be called from any number of threads.
 */
public final class Bank {

    private static final Comparator<Account> LOCK_ORDER = Comparator.comparingLong(account -> account.id);

    private Bank() {
    }

    /**
     * Moves {@code amount} from {@code from} to {@code to} as one atomic step.
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
        first.lock.writeLock().lock();
        try {
            second.lock.writeLock().lock();
            try {
                if (!from.withdraw(amount)) {
                    return false;
                }
                to.deposit(amount);
                return true;
            } finally {
                second.lock.writeLock().unlock();
            }
        } finally {
            first.lock.writeLock().unlock();
        }
    }

    /** The sum of the balances at one instant: no account it covers can change while it holds the read locks. */
    public static long totalBalance(List<Account> accounts) {
        Account[] ordered = accounts.toArray(new Account[0]);
        Arrays.sort(ordered, LOCK_ORDER);
        Lock[] held = new Lock[ordered.length];
        int locked = 0;
        try {
            for (Account account : ordered) {
                held[locked] = account.lock.readLock();
                held[locked].lock();
                locked++;
            }
            long sum = 0;
            for (Account account : ordered) {
                sum += account.balance();
            }
            return sum;
        } finally {
            for (int k = locked - 1; k >= 0; k--) {
                held[k].unlock();
            }
        }
    }
}
