package exercise1;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A bank account guarded by its own read-write lock.
 *
 * <p><b>Thread safety.</b> {@code balance} is read only while holding {@link #lock}'s read lock
 * (or its write lock) and written only while holding its write lock. Readers of one account
 * (balances, totals) may run together; a writer (deposit, withdrawal, transfer) runs alone on it,
 * so a check and the act that depends on it are one step. {@link Bank} takes the locks of several
 * accounts in increasing {@link #id} order. Both locks are reentrant, and a thread holding the
 * write lock may take the read lock too.
 */
public final class Account {

    private static final AtomicLong NEXT_ID = new AtomicLong();

    /** Unique and fixed: the order in which {@link Bank} locks accounts. */
    final long id = NEXT_ID.getAndIncrement();

    /** Guards {@link #balance}. */
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Never negative. Read under {@link #lock}'s read lock, written under its write lock. */
    private long balance;

    /**
     * Opens an account holding {@code initialBalance}.
     *
     * @throws IllegalArgumentException if {@code initialBalance < 0}
     */
    public Account(long initialBalance) {
        if (initialBalance < 0) {
            throw new IllegalArgumentException("the initial balance must not be negative, was " + initialBalance);
        }
        this.balance = initialBalance;
    }

    public long balance() {
        lock.readLock().lock();
        try {
            return balance;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** @throws IllegalArgumentException if {@code amount <= 0} */
    public void deposit(long amount) {
        requirePositive(amount);
        lock.writeLock().lock();
        try {
            balance += amount;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Takes {@code amount} out if the balance holds it, checking and subtracting under the write lock.
     *
     * @throws IllegalArgumentException if {@code amount <= 0}
     */
    public boolean withdraw(long amount) {
        requirePositive(amount);
        lock.writeLock().lock();
        try {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("the amount must be positive, was " + amount);
        }
    }
}
