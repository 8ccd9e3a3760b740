package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests: transfers that need the same accounts in different orders never wait for each
 * other forever. Each thread keeps transferring until every other thread has done its share, so
 * they all overlap; a solution that locks the two accounts in the order the caller named them
 * deadlocks within moments, and the test then times out. Its report shows which thread holds
 * which lock and waits for which.
 */
class DeadlockTest {

    private static final long TRANSFERS = 100_000;

    @Test
    @DisplayName("two threads transferring in opposite directions between two accounts never deadlock")
    void oppositeTransfers() throws InterruptedException {
        Account a = new Account(1_000_000);
        Account b = new Account(1_000_000);
        long[] moved = new long[2];
        new Race()
                .thread("opposite a->b", TRANSFERS, i -> moved[0] += Bank.transfer(a, b, 1) ? 1 : 0)
                .thread("opposite b->a", TRANSFERS, i -> moved[1] += Bank.transfer(b, a, 1) ? 1 : 0)
                .run();
        long expectedA = 1_000_000 - moved[0] + moved[1];
        long expectedB = 1_000_000 + moved[0] - moved[1];
        if (a.balance() != expectedA || b.balance() != expectedB) {
            fail("two accounts of 1000000 each; " + moved[0] + " transfers of 1 from a to b and " + moved[1]
                    + " from b to a succeeded, so a should hold " + expectedA + " and b " + expectedB
                    + ", but a holds " + a.balance() + " and b " + b.balance());
        }
    }

    @Test
    @DisplayName("three threads transferring around a ring of three accounts never deadlock")
    void transferRing() throws InterruptedException {
        Account[] ring = {new Account(1_000_000), new Account(1_000_000), new Account(1_000_000)};
        String[] names = {"a", "b", "c"};
        long[] moved = new long[3];
        Race race = new Race();
        for (int k = 0; k < 3; k++) {
            int from = k;
            int to = (k + 1) % 3;
            race.thread("ring " + names[from] + "->" + names[to], TRANSFERS,
                    i -> moved[from] += Bank.transfer(ring[from], ring[to], 1) ? 1 : 0);
        }
        race.run();
        for (int k = 0; k < 3; k++) {
            long expected = 1_000_000 - moved[k] + moved[(k + 2) % 3];
            if (ring[k].balance() != expected) {
                fail("three accounts a, b, c of 1000000 each, with transfers of 1 going a->b, b->c and c->a "
                        + "(" + moved[0] + ", " + moved[1] + " and " + moved[2] + " of them succeeded): account "
                        + names[k] + " should hold " + expected + " but holds " + ring[k].balance());
            }
        }
    }
}
