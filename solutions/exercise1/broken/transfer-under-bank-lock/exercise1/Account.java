package exercise1;

/**
 * Broken (as a real student bank was): each account guards its balance with its own monitor, and
 * {@link Bank} guards transfers and totals with one bank-wide lock that {@link #withdraw} and
 * {@link #deposit} do not take. A transfer checks the balance and then subtracts, both under the
 * bank lock, but a withdrawal straight on the account can run between the two: both succeed and
 * the balance goes below zero. Only a test that withdraws directly while a transfer runs sees it.
 */
public final class Account {

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

    /** Takes {@code amount} out without checking: the caller has checked. */
    synchronized void take(long amount) {
        balance -= amount;
    }

    static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}
