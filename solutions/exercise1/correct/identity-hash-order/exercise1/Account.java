package exercise1;

/**
 * A bank account guarded by its own intrinsic lock (its monitor). It carries no id: {@link Bank}
 * orders account locks by {@link System#identityHashCode}, breaking ties with a global lock.
 *
 * <p><b>Thread safety.</b> {@code balance} is read and written only inside {@code synchronized}
 * methods of this class or while the caller holds {@code synchronized (account)}.
 */
public final class Account {

    /** Never negative. Guarded by {@code this}. */
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

    public synchronized long balance() {
        return balance;
    }

    /** @throws IllegalArgumentException if {@code amount <= 0} */
    public synchronized void deposit(long amount) {
        requirePositive(amount);
        balance += amount;
    }

    /**
     * Takes {@code amount} if the balance covers it, checking and subtracting under one hold of
     * the lock.
     *
     * @throws IllegalArgumentException if {@code amount <= 0}
     */
    public synchronized boolean withdraw(long amount) {
        requirePositive(amount);
        if (balance < amount) {
            return false;
        }
        balance -= amount;
        return true;
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("the amount must be positive, was " + amount);
        }
    }
}
