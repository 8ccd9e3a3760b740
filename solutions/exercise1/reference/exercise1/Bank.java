package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Operations over several accounts, each atomic with respect to every other operation on those
 * accounts.
 *
 * <p><b>How atomicity is obtained.</b> An operation takes the lock of every account it touches
 * before it reads or changes any of them, and releases them only when it is done. While it holds
 * them, no other thread can change those balances or read them, so nobody sees a state halfway
 * through. Because {@code synchronized} locks are reentrant, {@link #transfer} can call
 * {@link Account#withdraw} and {@link Account#deposit} (which take the same locks again) while it
 * holds both accounts.
 *
 * <p><b>Why it cannot deadlock.</b> Locks are always taken in increasing {@link Account#id}
 * order, whatever order the caller named the accounts in. A cycle of threads each holding one
 * lock and waiting for the next would need some thread to wait for a lower id than one it holds,
 * which never happens.
 *
 * <p>The class has no state of its own; its methods may be called from any number of threads.
 */
public final class Bank {

    private static final Comparator<Account> LOCK_ORDER = Comparator.comparingLong(account -> account.id);

    private Bank() {
    }

    /**
     * Moves {@code amount} from {@code from} to {@code to} as one atomic step: no thread ever sees
     * the money in neither account or in both.
     *
     * @return {@code true} if the money moved; {@code false}, with nothing changed, if
     *         {@code from} held less than {@code amount}
     * @throws IllegalArgumentException if {@code amount <= 0} or {@code from == to}
     */
    public static boolean transfer(Account from, Account to, long amount) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer from an account to itself");
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

    /**
     * The sum of the balances of {@code accounts} at one instant, also while other threads
     * transfer money between them. It holds the locks of all the accounts at once (taken in lock
     * order) while it adds, so no transfer is half done and none runs meanwhile. An account listed
     * twice is counted twice.
     */
    public static long totalBalance(List<Account> accounts) {
        Account[] ordered = accounts.toArray(new Account[0]);
        Arrays.sort(ordered, LOCK_ORDER);
        return sumHoldingLocks(ordered, 0);
    }

    /**
     * Takes the lock of {@code ordered[next]}, then of every later account, and sums the balances
     * once it holds them all. A {@code synchronized} block can only hold one lock, so holding many
     * means nesting blocks; the recursion does that, one level per account.
     */
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
