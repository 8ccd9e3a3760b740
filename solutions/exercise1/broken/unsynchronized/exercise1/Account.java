package exercise1;

/**
 * Broken on purpose: every argument is checked, but nothing is synchronised. {@code balance} is a
 * plain field that several threads read and write at once: {@code balance += amount} loses
 * updates, and {@code withdraw} checks and then acts in two separate steps.
 */
public final class Account {

    private long balance;

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
