package exercise1;

import java.util.List;

/** Broken on purpose: a transfer in two steps; a total read account by account, each volatile read on its own. */
public final class Bank {

    private Bank() {
    }

    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("from and to are the same account");
        }
        if (!from.withdraw(amount)) {
            return false;
        }
        to.deposit(amount);
        return true;
    }

    public static long totalBalance(List<Account> accounts) {
        long sum = 0;
        for (Account account : accounts) {
            sum += account.balance();
        }
        return sum;
    }
}
