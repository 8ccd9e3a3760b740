package exercise1;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Correct on its own: the balance is an AtomicLong, deposits add atomically and a withdrawal
 * checks and subtracts in one compare-and-set. The mistake is in Bank: an atomic variable makes
 * one account's updates atomic, not an operation over two accounts.
 */
public final class Account {

    private final AtomicLong balance;

    public Account(long initialBalance) {
        if (initialBalance < 0) {
            throw new IllegalArgumentException("negative initial balance: " + initialBalance);
        }
        this.balance = new AtomicLong(initialBalance);
    }

    public long balance() {
        return balance.get();
    }

    public void deposit(long amount) {
        requirePositive(amount);
        balance.addAndGet(amount);
    }

    public boolean withdraw(long amount) {
        requirePositive(amount);
        while (true) {
            long current = balance.get();
            if (current < amount) {
                return false;
            }
            if (balance.compareAndSet(current, current - amount)) {
                return true;
            }
        }
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}
