package exercise1;

import java.util.List;

/**
 * Transfers and totals under the one lock that guards every balance ({@link #LOCK}). Holding it
 * excludes every other operation on every account, so a transfer is atomic and a total is a
 * snapshot, and with one lock there is no order in which two threads could take locks
 * differently: no deadlock. {@code synchronized} is reentrant, so code holding the lock may call
 * {@link Account#withdraw} and {@link Account#deposit}, which take it again.
 */
public final class Bank {

    /** Guards the balance of every account. Private to the package: no outside code can hold it. */
    static final Object LOCK = new Object();

    private Bank() {
    }

    /**
     * Moves {@code amount} from {@code from} to {@code to} as one atomic step.
     *
     * @return whether the money moved ({@code false}, with nothing changed, if {@code from} lacks it)
     * @throws IllegalArgumentException if {@code amount <= 0} or {@code from == to}
     */
    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer from an account to itself");
        }
        synchronized (LOCK) {
            if (!from.withdraw(amount)) {
                return false;
            }
            to.deposit(amount);
            return true;
        }
    }

    /** The sum of the balances, as one snapshot: no balance can change while the lock is held. */
    public static long totalBalance(List<Account> accounts) {
        synchronized (LOCK) {
            long sum = 0;
            for (Account account : accounts) {
                sum += account.balance();
            }
            return sum;
        }
    }
}
