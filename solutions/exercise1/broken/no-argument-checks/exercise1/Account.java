package exercise1;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Broken on purpose: thread-safe, but it checks no argument. A negative initial balance is
 * accepted, a deposit of 0 or less is applied, and a withdrawal of 0 or less "succeeds" (a
 * negative one even adds money).
 */
public final class Account {

    private static final AtomicLong NEXT_ID = new AtomicLong();

    final long id = NEXT_ID.getAndIncrement();

    private long balance;

    public Account(long initialBalance) {
        this.balance = initialBalance;
    }

    public synchronized long balance() {
        return balance;
    }

    public synchronized void deposit(long amount) {
        balance += amount;
    }

    public synchronized boolean withdraw(long amount) {
        if (balance < amount) {
            return false;
        }
        balance -= amount;
        return true;
    }
}
