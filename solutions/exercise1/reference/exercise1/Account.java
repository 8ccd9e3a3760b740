package exercise1;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bank account whose balance many threads may read and change at once.
 *
 * <p><b>Thread safety.</b> The balance is guarded by this account's intrinsic lock (its monitor):
 * every read and every write of {@code balance} happens inside a {@code synchronized} method of
 * this class, or while the caller holds {@code synchronized (account)}. Holding the lock makes a
 * read-modify-write such as {@code balance += amount} one indivisible step, and releasing it
 * publishes the new value to the next thread that takes the lock. {@link #withdraw} checks the
 * balance and subtracts from it under one acquisition of the lock, so no other thread can spend
 * the money between the check and the act.
 *
 * <p><b>Lock order.</b> Code that needs the locks of several accounts at once ({@link Bank})
 * takes them in increasing {@link #id} order. Every thread that holds two account locks took them
 * in the same order, so no thread can hold one and wait for another that a second thread holds
 * while waiting for the first: there is no deadlock. The id comes from a global counter, so it is
 * unique and never changes, unlike an identity hash code, which two objects may share.
 *
 * <p>Like any object with a non-final field, an account must be handed to other threads safely
 * (for example, created before they are started, or passed through a concurrent collection).
 */
public final class Account {

    /** Hands out the ids that order account locks; atomic, so no two accounts ever share one. */
    private static final AtomicLong NEXT_ID = new AtomicLong();

    /** This account's place in the global lock order; unique and fixed. */
    final long id = NEXT_ID.getAndIncrement();

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

    /** The balance at one instant; it may change as soon as the lock is released. */
    public synchronized long balance() {
        return balance;
    }

    /**
     * Adds {@code amount} to the balance, atomically.
     *
     * @throws IllegalArgumentException if {@code amount <= 0}
     */
    public synchronized void deposit(long amount) {
        requirePositive(amount);
        balance += amount;
    }

    /**
     * Takes {@code amount} out of the balance if it holds at least that much; otherwise changes
     * nothing. The check and the subtraction happen under one lock, so two threads withdrawing the
     * whole balance at once cannot both succeed.
     *
     * @return whether the money was taken
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
