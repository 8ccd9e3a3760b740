package exercise1;

import java.util.List;

/**
 * Broken on purpose: transfers are atomic and deadlock-free, but the total reads each balance
 * under that account's lock alone, one account after another. A transfer between an account
 * already read and one not read yet is counted twice or not at all.
 */
public final class Bank {

    private Bank() {
    }

    public static boolean transfer(Account from, Account to, long amount) {
        Account.requirePositive(amount);
        if (from == to) {
            throw new IllegalArgumentException("from and to are the same account");
        }
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                if (!from.withdraw(amount)) {
                    return false;
                }
                to.deposit(amount);
                return true;
            }
        }
    }

    public static long totalBalance(List<Account> accounts) {
        long sum = 0;
        for (Account account : accounts) {
            sum += account.balance();
        }
        return sum;
    }
}
