package exercise1;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden test: four threads make random transfers among many accounts at once, some of them too
 * large for the balance. Each thread keeps its own books of the transfers that succeeded; at the
 * end every account must hold exactly what those books say, and the total must be what it was at
 * the start.
 *
 * <p>It does not judge overdrafts. Two transfers out of one of forty accounts meet between a check
 * and a withdrawal in only one run of five or ten, so a bank that checks before it locks would
 * lose these points by luck; {@link CheckThenActTest} and the model checker catch it every time.
 */
class ConservationTest {

    private static final int ACCOUNTS = 40;
    private static final int THREADS = 4;
    private static final long TRANSFERS = 50_000;

    @Test
    @DisplayName("random concurrent transfers among 40 accounts keep every balance exact and the total constant")
    void randomTransfersAmongManyAccounts() throws InterruptedException {
        SplittableRandom setup = new SplittableRandom(40);
        Account[] accounts = new Account[ACCOUNTS];
        long[] initial = new long[ACCOUNTS];
        long total = 0;
        for (int k = 0; k < ACCOUNTS; k++) {
            initial[k] = setup.nextInt(1_000);
            total += initial[k];
            accounts[k] = new Account(initial[k]);
        }
        long[][] books = new long[THREADS][ACCOUNTS];
        Race race = new Race();
        for (int t = 0; t < THREADS; t++) {
            long[] book = books[t];
            SplittableRandom random = new SplittableRandom(t);
            race.thread("transfers " + (t + 1) + " of " + THREADS, TRANSFERS, i -> {
                int from = random.nextInt(ACCOUNTS);
                int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                long amount = 1 + random.nextInt(300);
                if (Bank.transfer(accounts[from], accounts[to], amount)) {
                    book[from] -= amount;
                    book[to] += amount;
                }
            });
        }
        race.run();
        long sum = 0;
        for (int k = 0; k < ACCOUNTS; k++) {
            long expected = initial[k];
            for (long[] book : books) {
                expected += book[k];
            }
            long balance = accounts[k].balance();
            sum += balance;
            if (balance != expected) {
                fail("after random concurrent transfers, account " + (k + 1) + " of " + ACCOUNTS + " holds "
                        + balance + ", but it was opened with " + initial[k] + " and the transfers that returned "
                        + "true add up to " + expected + ": some money was lost or created.");
            }
        }
        if (sum != total) {
            fail("after random concurrent transfers, the " + ACCOUNTS + " accounts hold " + sum
                    + " together instead of the " + total + " they started with");
        }
    }
}
