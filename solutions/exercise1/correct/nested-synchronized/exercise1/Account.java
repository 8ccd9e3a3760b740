package exercise1;

/**
 * A bank account guarded by its own monitor, numbered for the lock order.
 *
 * <p><b>Thread safety.</b> {@code balance} is read and written only inside {@code synchronized}
 * code on this account: its own methods, or {@link Bank}'s nested {@code synchronized} blocks,
 * which lock accounts in increasing {@link #number} order.
 */
public final class Account {

    /** The next account's number. Guarded by {@code Account.class}. */
    private static int created;

    /** Unique and fixed: the order in which {@link Bank} locks accounts. */
    final int number;

    /** Never negative. Guarded by {@code this}; {@link Bank} changes it while holding this account's lock. */
    long balance;

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
        this.number = nextNumber();
    }

    private static synchronized int nextNumber() {
        return created++;
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
     * Takes {@code amount} out if the balance holds it; the check and the act under one lock.
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
