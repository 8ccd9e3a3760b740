package exercise1;

/**
 * Broken on purpose: the balance is {@code volatile} instead of guarded by a lock. Every thread
 * now sees the latest value, but {@code balance += amount} is still a read, an add and a write
 * that two threads can interleave, losing one update; {@code volatile} gives visibility, not
 * atomicity. {@code withdraw} still checks and then acts in two steps.
 */
public final class Account {

    private volatile long balance;

    public Account(long initialBalance) {
        if (initialBalance < 0) {
            throw new IllegalArgumentException("negative initial balance: " + initialBalance);
        }
        this.balance = initialBalance;
    }

    public long balance() {
        return balance;
    }

    public void deposit(long amount) {
        requirePositive(amount);
        balance += amount;
    }

    public boolean withdraw(long amount) {
        requirePositive(amount);
        if (balance < amount) {
            return false;
        }
        balance -= amount;
        return true;
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}
