package exercise1;

import java.util.List;

/**
 * Operations over several accounts. See the exercise's README; keep the public API below exactly
 * as it is.
 */
public final class Bank {

    private Bank() {
    }

    /**
     * Moves {@code amount} from {@code from} to {@code to} as one atomic step: no thread ever sees
     * the money in neither account or in both.
     *
     * @return {@code true} if the money moved; {@code false}, with nothing changed, if
     *         {@code from} held less than {@code amount}
     * @throws IllegalArgumentException if {@code amount <= 0} or {@code from == to}
     */
    public static boolean transfer(Account from, Account to, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("the amount must be positive, was " + amount);
        }
        // TODO: reject a transfer from an account to itself with IllegalArgumentException.
        // TODO: these are two separate steps. Between them the money is in neither account, and
        //       another thread (for example one calling totalBalance) can see that. Make the whole
        //       transfer one atomic step, and make sure two transfers in opposite directions
        //       (a to b, and b to a, at the same time) can never wait for each other forever.
        if (!from.withdraw(amount)) {
            return false;
        }
        to.deposit(amount);
        return true;
    }

    /** The sum of the balances of {@code accounts}, as one consistent snapshot. */
    public static long totalBalance(List<Account> accounts) {
        // TODO: this reads the balances one after another, while transfers may be moving money
        //       between accounts already read and accounts not read yet. Make the sum one
        //       snapshot: no transfer may happen while it is taken.
        long sum = 0;
        for (Account account : accounts) {
            sum += account.balance();
        }
        return sum;
    }
}
