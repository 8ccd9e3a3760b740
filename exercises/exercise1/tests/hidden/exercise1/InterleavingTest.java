package exercise1;

import java.util.List;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hidden test: the model checker (Lincheck) runs short scenarios of bank operations from two
 * threads, every operation mixed with every other (deposits and withdrawals straight on accounts
 * that transfers use at the same moment, balances, transfers both ways, totals), and explores the
 * ways the threads' steps can interleave, switching threads at every read, write and lock. Each
 * result must be one that the bank could give if the operations ran one at a time in some order
 * ({@link Model}, the bank done sequentially); an execution whose threads all wait for each other
 * is a deadlock. A lost update, a check-then-act, a transfer seen half done, a total read at
 * different moments and opposite lock orders are all found by search, not by luck, and the failure
 * shows the interleaving step by step.
 *
 * <p>Lincheck makes a fresh instance of this class (three accounts) for each scenario and calls
 * the {@link Operation} methods; the accounts are named by their index. The total lists the
 * accounts newest first, so a total that locks them in list order meets transfers that lock them
 * in creation order. Two threads, not three: with three, the model checker takes a tryLock loop
 * with a random back-off, which always makes progress in practice, for a livelock.
 */
@Param(name = "account", gen = IntGen.class, conf = "0:2")
@Param(name = "shift", gen = IntGen.class, conf = "1:2")
@Param(name = "amount", gen = IntGen.class, conf = "1:25")
public class InterleavingTest {

    private static final long[] INITIAL = {30, 20, 10};

    private final Account[] accounts = {new Account(INITIAL[0]), new Account(INITIAL[1]), new Account(INITIAL[2])};

    @Test
    @Timeout(30)
    @DisplayName("every operation against every other, under every interleaving the model checker tries")
    void everyInterleavingMatchesOneAtATime() {
        new ModelCheckingOptions()
                .iterations(15)
                .invocationsPerIteration(100)
                .threads(2)
                .actorsPerThread(3)
                .actorsBefore(0)
                .actorsAfter(1)
                .sequentialSpecification(Model.class)
                .check(InterleavingTest.class);
    }

    @Operation
    public void deposit(@Param(name = "account") int account, @Param(name = "amount") int amount) {
        accounts[account].deposit(amount);
    }

    @Operation
    public boolean withdraw(@Param(name = "account") int account, @Param(name = "amount") int amount) {
        return accounts[account].withdraw(amount);
    }

    @Operation
    public long balance(@Param(name = "account") int account) {
        return accounts[account].balance();
    }

    /** From {@code account} to the account {@code shift} (1 or 2) places after it, so never to itself. */
    @Operation
    public boolean transfer(@Param(name = "account") int account, @Param(name = "shift") int shift,
                            @Param(name = "amount") int amount) {
        return Bank.transfer(accounts[account], accounts[(account + shift) % 3], amount);
    }

    @Operation
    public long totalBalance() {
        return Bank.totalBalance(List.of(accounts[2], accounts[1], accounts[0]));
    }

    /** The bank done one operation at a time: what each result must match. */
    public static final class Model {

        private final long[] balances = INITIAL.clone();

        public void deposit(int account, int amount) {
            balances[account] += amount;
        }

        public boolean withdraw(int account, int amount) {
            if (balances[account] < amount) {
                return false;
            }
            balances[account] -= amount;
            return true;
        }

        public long balance(int account) {
            return balances[account];
        }

        public boolean transfer(int account, int shift, int amount) {
            if (!withdraw(account, amount)) {
                return false;
            }
            deposit((account + shift) % 3, amount);
            return true;
        }

        public long totalBalance() {
            return balances[0] + balances[1] + balances[2];
        }
    }
}
