package exercise1;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Transfers under the bank-wide write lock, totals under its read lock: a transfer is never seen
 * half done, and a total reads every balance at one moment.
 *
 * <p>The class's only state is {@link #LOCK}; its methods may be called from any number of threads.
 */
public final class Bank {

    /** Guards every account's balance: read lock to read one or all, write lock to change any. */
    static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();

    private Bank() {
    }

    /**
     * Moves {@code amount} from {@code from} to {@code to} as one atomic step.
     *
     * @return whether the money moved ({@code false}, with nothing changed, if {@code from} lacks it)
     * @throws IllegalArgumentException if {@code amount <= 0} or {@code from == to}
     */
    public static boolean transfer(Account from, Account to, long amount) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer from an account to itself");
        }
        LOCK.writeLock().lock();
        try {
            if (!from.withdraw(amount)) {
                return false;
            }
            to.deposit(amount);
            return true;
        } finally {
            LOCK.writeLock().unlock();
        }
    }

    /** The sum of the balances at one moment: no transfer runs while it reads them. */
    public static long totalBalance(List<Account> accounts) {
        LOCK.readLock().lock();
        try {
            long sum = 0;
            for (Account account : accounts) {
                sum += account.balance();
            }
            return sum;
        } finally {
            LOCK.readLock().unlock();
        }
    }
}
