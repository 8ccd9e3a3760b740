package exercise1;

/**
 * A bank account guarded by the bank-wide read-write lock {@link Bank#LOCK}.
 *
 * <p><b>Thread safety.</b> {@code balance} is read only while holding {@code Bank.LOCK}'s read
 * lock (or its write lock) and written only while holding its write lock. Balance reads and
 * totals run side by side; a deposit, withdrawal or transfer runs alone in the whole bank, so a
 * check and the act that depends on it are one step. With a single lock there is no lock order
 * to get wrong. Both locks are reentrant, so a transfer holding the write lock calls
 * {@link #withdraw} and {@link #deposit}, which take it again.
 */
public final class Account {

    /** Never negative. Read under {@code Bank.LOCK}'s read lock, written under its write lock. */
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
        Bank.LOCK.readLock().lock();
        try {
            return balance;
        } finally {
            Bank.LOCK.readLock().unlock();
        }
    }

    /** @throws IllegalArgumentException if {@code amount <= 0} */
    public void deposit(long amount) {
        requirePositive(amount);
        Bank.LOCK.writeLock().lock();
        try {
            balance += amount;
        } finally {
            Bank.LOCK.writeLock().unlock();
        }
    }

    /**
     * Takes {@code amount} out if the balance holds it, checking and subtracting under the write lock.
     *
     * @throws IllegalArgumentException if {@code amount <= 0}
     */
    public boolean withdraw(long amount) {
        requirePositive(amount);
        Bank.LOCK.writeLock().lock();
        try {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        } finally {
            Bank.LOCK.writeLock().unlock();
        }
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("the amount must be positive, was " + amount);
        }
    }
}
