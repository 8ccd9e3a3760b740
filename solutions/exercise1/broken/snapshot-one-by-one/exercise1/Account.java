package exercise1;

import java.util.concurrent.atomic.AtomicLong;

/** A correct account: the balance guarded by the account's lock; ids give the lock order. */
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
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}
