package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: while threads move money between accounts, an observer thread calls
 * {@link Bank#totalBalance} over and over, and every answer must be the constant total. Two
 * mistakes show up here: a transfer done as two separate steps (the observer sees the money in
 * neither account, between the steps), and a total that reads the balances one by one at
 * different moments (a transfer between an account already read and one not read yet is counted
 * twice or not at all). The transfer threads keep going until the observer has taken all its
 * snapshots, so every snapshot is taken while money is moving.
 */
class SnapshotTest {

    private static final long TRANSFERS = 50_000;
    private static final long SNAPSHOTS = 3_000;

    @Test
    @DisplayName("a total taken over two accounts while money moves both ways between them never changes")
    void twoAccountsBothWays() throws InterruptedException {
        Account a = new Account(500);
        Account b = new Account(500);
        List<Account> ab = List.of(a, b);
        List<Account> ba = List.of(b, a);
        new Race()
                .thread("two-way a->b", TRANSFERS, i -> Bank.transfer(a, b, 1 + i % 7))
                .thread("two-way b->a", TRANSFERS, i -> Bank.transfer(b, a, 1 + i % 5))
                .thread("observer of a and b", SNAPSHOTS, i -> expectTotal(1000, Bank.totalBalance(i % 2 == 0 ? ab : ba),
                        "two accounts a and b holding 1000 together", i))
                .run();
        expectFinalTotal(1000, a.balance() + b.balance(), "two accounts a and b holding 1000 together");
    }

    @Test
    @DisplayName("a total taken over ten accounts while two threads move money among them never changes")
    void tenAccountsRandomTransfers() throws InterruptedException {
        List<Account> accounts = accounts(10, 1_000);
        snapshotsDuringRandomTransfers(accounts, accounts, "observer of 10 accounts",
                "ten accounts holding 10000 together", 10_000);
    }

    @Test
    @DisplayName("the total is right however the list orders the accounts (reversed, shuffled)")
    void accountsListedInAnyOrder() throws InterruptedException {
        List<Account> accounts = accounts(10, 1_000);
        List<Account> reversed = new ArrayList<>(accounts);
        Collections.reverse(reversed);
        snapshotsDuringRandomTransfers(accounts, reversed, "observer of a reversed list",
                "ten accounts holding 10000 together, listed newest first", 10_000);
        List<Account> shuffled = new ArrayList<>(accounts);
        Collections.shuffle(shuffled, new Random(1));
        snapshotsDuringRandomTransfers(accounts, shuffled, "observer of a shuffled list",
                "ten accounts holding 10000 together, listed in a shuffled order", 10_000);
    }

    /** Two threads transfer at random among {@code accounts}; an observer sums {@code listed}. */
    private static void snapshotsDuringRandomTransfers(List<Account> accounts, List<Account> listed,
            String observer, String what, long total) throws InterruptedException {
        new Race()
                .thread("random transfers 1", TRANSFERS, randomTransfers(accounts, 1))
                .thread("random transfers 2", TRANSFERS, randomTransfers(accounts, 2))
                .thread(observer, SNAPSHOTS, i -> expectTotal(total, Bank.totalBalance(listed), what, i))
                .run();
        long sum = 0;
        for (Account account : accounts) {
            sum += account.balance();
        }
        expectFinalTotal(total, sum, what);
    }

    private static Race.Step randomTransfers(List<Account> accounts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return i -> {
            int from = random.nextInt(accounts.size());
            int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
            Bank.transfer(accounts.get(from), accounts.get(to), 1 + random.nextInt(200));
        };
    }

    private static void expectTotal(long expected, long actual, String what, long snapshot) {
        if (actual != expected) {
            fail(what + ": while other threads were transferring money between them, totalBalance returned "
                    + actual + " instead of " + expected + " (snapshot " + (snapshot + 1) + "). Either a transfer "
                    + "was seen half done (money out of one account but not yet in the other), or the "
                    + "balances were read at different moments with transfers in between.");
        }
    }

    private static void expectFinalTotal(long expected, long actual, String what) {
        if (actual != expected) {
            fail(what + ": after the transfers between them had all finished, their balances add up to " + actual
                    + " instead of " + expected + ": transfers created or destroyed money.");
        }
    }

    private static List<Account> accounts(int count, long balance) {
        List<Account> accounts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            accounts.add(new Account(balance));
        }
        return accounts;
    }
}
