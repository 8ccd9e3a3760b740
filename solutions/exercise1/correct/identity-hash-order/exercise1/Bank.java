package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Transfers and totals that lock accounts in the order of their identity hash codes, the
 * classic technique when objects carry no id of their own.
 *
 * <p><b>Lock order.</b> Accounts are locked in increasing {@link System#identityHashCode} order.
 * Two different accounts may share a hash code, and between those two the order would be
 * arbitrary; so whoever needs to lock two accounts with equal hashes first takes {@link #TIE_LOCK},
 * a global lock. Only one thread at a time can then be locking tied accounts, in whatever order,
 * and everyone else locks in strictly increasing hash order: no cycle of waiting threads can
 * form. Ties are rare, so the global lock is almost never contended.
 */
public final class Bank {

    /** Taken first by anyone who must lock two accounts whose identity hashes are equal. */
    private static final Object TIE_LOCK = new Object();

    private static final Comparator<Account> LOCK_ORDER = Comparator.comparingInt(System::identityHashCode);

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
        int fromHash = System.identityHashCode(from);
        int toHash = System.identityHashCode(to);
        if (fromHash == toHash) {
            synchronized (TIE_LOCK) {
                return lockBothAndMove(from, to, from, to, amount);
            }
        }
        return fromHash < toHash ? lockBothAndMove(from, to, from, to, amount)
                : lockBothAndMove(to, from, from, to, amount);
    }

    private static boolean lockBothAndMove(Account first, Account second, Account from, Account to, long amount) {
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

    /** The sum of the balances, holding every account's lock (in hash order) while adding. */
    public static long totalBalance(List<Account> accounts) {
        Account[] ordered = accounts.toArray(new Account[0]);
        Arrays.sort(ordered, LOCK_ORDER);
        for (int k = 1; k < ordered.length; k++) {
            if (ordered[k] != ordered[k - 1]
                    && System.identityHashCode(ordered[k]) == System.identityHashCode(ordered[k - 1])) {
                synchronized (TIE_LOCK) {
                    return sumHoldingLocks(ordered, 0);
                }
            }
        }
        return sumHoldingLocks(ordered, 0);
    }

    /** Locks {@code ordered[next]} and every later account, then sums; one level per account. */
    private static long sumHoldingLocks(Account[] ordered, int next) {
        if (next == ordered.length) {
            long sum = 0;
            for (Account account : ordered) {
                sum += account.balance();
            }
            return sum;
        }
        synchronized (ordered[next]) {
            return sumHoldingLocks(ordered, next + 1);
        }
    }
}
