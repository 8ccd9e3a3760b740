package exercise1;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Broken on purpose: every method that touches the balance takes the account's lock, yet
 * {@code withdraw} checks the balance under one acquisition of the lock and subtracts under
 * another. Between the two, another thread can take the lock and spend the same money: two
 * withdrawals of the whole balance both succeed and the balance goes below zero.
 */
public final class Account {

    private static final AtomicLong NEXT_ID = new AtomicLong();

    final long id = NEXT_ID.getAndIncrement();

    private long balance;

    public Account(long initialBalance) {
        if (initialBalance < 0) {
            throw new IllegalArgumentException("negative initial balance: " + initialBalance);
        }
        this.balance = initialBalance;
    }

    public synchronized long balance() {
        return balance;
    }

    public synchronized void deposit(long amount) {
        requirePositive(amount);
        balance += amount;
    }

    public boolean withdraw(long amount) {
        requirePositive(amount);
        if (balance() < amount) {
            return false;
        }
        synchronized (this) {
            balance -= amount;
        }
        return true;
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}
