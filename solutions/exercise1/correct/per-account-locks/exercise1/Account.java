package exercise1;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bank account guarded by its own {@link ReentrantLock}.
 *
 * <p><b>Thread safety.</b> {@code balance} is read and written only while holding {@link #lock}.
 * {@link Bank} takes the locks of several accounts, for a transfer and for a total alike, in
 * increasing {@link #id} order.
 */
public final class Account {

    private static final AtomicLong NEXT_ID = new AtomicLong();

    /** Unique and fixed: the order in which {@link Bank} locks accounts. */
    final long id = NEXT_ID.getAndIncrement();

    /** Guards {@link #balance}. */
    final ReentrantLock lock = new ReentrantLock();

    /** Never negative. Guarded by {@link #lock}. */
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
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }

    /** @throws IllegalArgumentException if {@code amount <= 0} */
    public void deposit(long amount) {
        requirePositive(amount);
        lock.lock();
        try {
            balance += amount;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes {@code amount} if the balance covers it, checking and subtracting under one hold of
     * the lock.
     *
     * @throws IllegalArgumentException if {@code amount <= 0}
     */
    public boolean withdraw(long amount) {
        requirePositive(amount);
        lock.lock();
        try {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        } finally {
            lock.unlock();
        }
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("the amount must be positive, was " + amount);
        }
    }
}
