package exercise1;

/**
 * A bank account. Used from one thread at a time it behaves; used from many threads at once it
 * loses money. See the exercise's README for what to do; the TODO comments point at the places
 * to change. You may add fields, private methods and other classes in package {@code exercise1},
 * but keep the public API below exactly as it is.
 */
public final class Account {

    // TODO: every thread that uses this account reads and writes this one field. Decide which
    //       lock guards it, and make sure every read and every write happens while holding it.
    private long balance;

    /**
     * Opens an account holding {@code initialBalance}.
     *
     * @throws IllegalArgumentException if {@code initialBalance < 0}
     */
    public Account(long initialBalance) {
        // TODO: reject a negative initial balance with IllegalArgumentException.
        this.balance = initialBalance;
    }

    /** The current balance. */
    public long balance() {
        return balance;
    }

    /**
     * Adds {@code amount} to the balance.
     *
     * @throws IllegalArgumentException if {@code amount <= 0}
     */
    public void deposit(long amount) {
        // TODO: reject amount <= 0 with IllegalArgumentException.
        // TODO: this is a read, an add and a write. Two threads doing it at once can both read
        //       the same old balance, and then one deposit is lost.
        balance = balance + amount;
    }

    /**
     * Takes {@code amount} out of the balance if it holds at least that much.
     *
     * @return {@code true} if the money was taken; {@code false}, with nothing changed, if the
     *         balance is less than {@code amount}
     * @throws IllegalArgumentException if {@code amount <= 0}
     */
    public boolean withdraw(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("the amount must be positive, was " + amount);
        }
        // TODO: check-then-act. Between the check and the subtraction another thread may
        //       withdraw the same money; both succeed and the balance goes below zero.
        if (balance < amount) {
            return false;
        }
        balance = balance - amount;
        return true;
    }
}
