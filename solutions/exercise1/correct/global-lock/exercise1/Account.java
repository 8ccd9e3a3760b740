package exercise1;

/**
 * A bank account guarded by one lock shared by every account, {@link Bank#LOCK}.
 *
 * <p><b>Thread safety.</b> Every read and write of every balance happens while holding
 * {@code Bank.LOCK}. With a single lock there is no lock order to get wrong and no deadlock is
 * possible; the price is that operations on unrelated accounts wait for each other too, so the
 * bank serves one operation at a time. For a course exercise, or a bank with little contention,
 * that is often the right trade: simple and obviously correct.
 */
public final class Account {

    /** Never negative. Guarded by {@code Bank.LOCK}. */
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
        synchronized (Bank.LOCK) {
            this.balance = initialBalance;
        }
    }

    public long balance() {
        synchronized (Bank.LOCK) {
            return balance;
        }
    }

    /** @throws IllegalArgumentException if {@code amount <= 0} */
    public void deposit(long amount) {
        requirePositive(amount);
        synchronized (Bank.LOCK) {
            balance += amount;
        }
    }

    /**
     * Takes {@code amount} if the balance covers it; the check and the subtraction happen under
     * the lock together.
     *
     * @throws IllegalArgumentException if {@code amount <= 0}
     */
    public boolean withdraw(long amount) {
        requirePositive(amount);
        synchronized (Bank.LOCK) {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        }
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("the amount must be positive, was " + amount);
        }
    }
}
