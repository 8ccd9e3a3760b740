package exercise1;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Transfers and totals over accounts guarded by {@link java.util.concurrent.locks.ReentrantLock}s.
 *
 * <p><b>Transfers never wait while holding a lock.</b> A transfer takes {@code from}'s lock, then
 * only <em>tries</em> {@code to}'s; if that is busy it releases {@code from}'s, pauses for a
 * short random time (so two transfers in opposite directions do not retry in lockstep forever)
 * and starts over. A thread that never blocks while holding a lock cannot be part of a deadlock
 * cycle.
 *
 * <p><b>Totals lock everything in id order</b> and do block; they cannot deadlock with each
 * other (same order) or with transfers (which never block while holding a lock). Locks are
 * released in {@code finally} blocks, so an exception never leaves one held.
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
        while (true) {
            from.lock.lock();
            try {
                if (to.lock.tryLock()) {
                    try {
                        if (!from.withdraw(amount)) {
                            return false;
                        }
                        to.deposit(amount);
                        return true;
                    } finally {
                        to.lock.unlock();
                    }
                }
            } finally {
                from.lock.unlock();
            }
            backOff();
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

    /** A pause of up to a few microseconds, random so that competing transfers fall out of step. */
    private static void backOff() {
        int spins = ThreadLocalRandom.current().nextInt(1, 64);
        for (int k = 0; k < spins; k++) {
            Thread.onSpinWait();
        }
        if (spins > 48) {
            LockSupport.parkNanos(1_000);
        }
    }
}
