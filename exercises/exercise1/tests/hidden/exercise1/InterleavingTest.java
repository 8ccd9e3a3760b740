package exercise1;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.strategy.TimeoutFailure;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
 *
 * <p>A deadlock the model checker finds comes with its interleaving. It can also report threads
 * that stopped outside its control, with only a thread dump: it does so for a correct bank whose
 * one lock is a static {@code ReentrantLock} or {@code ReentrantReadWriteLock}, whose state it
 * restores between interleavings along with every static field. Such a report says nothing about
 * the bank until the same operations hang on real threads too ({@link #hangsForReal}); if they do
 * not, this test has nothing to say, and the stress tests judge the bank alone.
 */
@Param(name = "account", gen = IntGen.class, conf = "0:2")
@Param(name = "shift", gen = IntGen.class, conf = "1:2")
@Param(name = "amount", gen = IntGen.class, conf = "1:25")
public class InterleavingTest {

    private static final long[] INITIAL = {30, 20, 10};

    /** Scenarios Lincheck makes up at random, beside the {@linkplain #mistakeScenarios() fixed ones}. */
    private static final int RANDOM_SCENARIOS = 10;
    /**
     * Interleavings tried per scenario. Every broken bank under solutions/ is caught within 20 (by
     * the random scenarios alone as often with 40 as with 100), while a correct bank of nested
     * locks needs every one of them explored: at 100, such a bank took over 10 s on a busy machine.
     */
    private static final int INTERLEAVINGS_PER_SCENARIO = 40;
    /**
     * How long one interleaving may run before the model checker reports a hang it has no
     * interleaving for: an interleaving of these few operations takes milliseconds, and a report
     * that comes from a busy machine is checked on real threads before it counts.
     */
    private static final long INVOCATION_TIMEOUT_MILLIS = 2_000;
    /** Runs of a reported hang's operations on real threads, each from fresh accounts. */
    private static final int REAL_RUNS = 200;
    /** How long a real run may take before its threads count as hung: it takes well under a millisecond. */
    private static final long REAL_RUN_TIMEOUT_MILLIS = 2_000;

    private final Account[] accounts = {new Account(INITIAL[0]), new Account(INITIAL[1]), new Account(INITIAL[2])};

    @Test
    @DisplayName("every operation against every other, under every interleaving the model checker tries")
    void everyInterleavingMatchesOneAtATime() {
        ModelCheckingOptions options = new ModelCheckingOptions()
                .iterations(RANDOM_SCENARIOS)
                .invocationsPerIteration(INTERLEAVINGS_PER_SCENARIO)
                .threads(2)
                .actorsPerThread(3)
                .actorsBefore(0)
                .actorsAfter(1)
                .sequentialSpecification(Model.class);
        for (ExecutionScenario scenario : mistakeScenarios()) {
            options.addCustomScenario(scenario);
        }
        options.invocationTimeout$lincheck(INVOCATION_TIMEOUT_MILLIS);
        try {
            options.check(InterleavingTest.class);
        } catch (LincheckAssertionError e) {
            if (!(e.getFailure$lincheck() instanceof TimeoutFailure timeout) || hangsForReal(timeout.getScenario())) {
                throw e;
            }
        }
    }

    /**
     * Whether the scenario's operations, run on real threads (each thread's in order, the threads
     * started together, then the operations after them), leave a thread that does not finish in
     * any of {@link #REAL_RUNS} runs.
     */
    private static boolean hangsForReal(ExecutionScenario scenario) {
        for (int run = 0; run < REAL_RUNS; run++) {
            InterleavingTest bank = new InterleavingTest();
            if (!endInTime(scenario.getParallelExecution(), bank)
                    || !endInTime(List.of(scenario.getPostExecution()), bank)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs each list of actors on a thread of its own, the threads started together, and says
     * whether all of them ended within {@link #REAL_RUN_TIMEOUT_MILLIS}. A thread that did not is
     * left behind as a daemon, so that it cannot keep the JVM alive.
     */
    private static boolean endInTime(List<List<Actor>> actorsPerThread, InterleavingTest bank) {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (List<Actor> actors : actorsPerThread) {
            Thread thread = new Thread(() -> {
                awaitQuietly(start);
                actors.forEach(bank::perform);
            }, "replay");
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REAL_RUN_TIMEOUT_MILLIS);
        for (Thread thread : threads) {
            joinUntil(thread, deadline);
            if (thread.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** Calls the actor's operation; what it returns or throws does not matter here, only whether it ends. */
    private void perform(Actor actor) {
        try {
            actor.getMethod().invoke(this, actor.getArguments().toArray());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            // the bank refused or failed the operation: it ended, which is all a replay asks
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinUntil(Thread thread, long deadlineNanos) {
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One scenario per classic mistake, so that each is certainly tried, whatever the random
     * scenarios happen to mix; the balance read afterwards shows a lost or doubled amount.
     */
    private static List<ExecutionScenario> mistakeScenarios() {
        return List.of(
                // lost update: two deposits at once
                scenario(List.of(op("deposit", 0, 5)), List.of(op("deposit", 0, 7)), op("balance", 0)),
                // check-then-act: two withdrawals that do not both fit
                scenario(List.of(op("withdraw", 0, 20)), List.of(op("withdraw", 0, 20)), op("balance", 0)),
                // a transfer's check against a withdrawal straight on the same account
                scenario(List.of(op("transfer", 0, 1, 20)), List.of(op("withdraw", 0, 20)), op("balance", 0)),
                // two transfers from one account that do not both fit
                scenario(List.of(op("transfer", 0, 1, 20)), List.of(op("transfer", 0, 2, 20)), op("balance", 0)),
                // a transfer seen half done, or a total read at different moments
                scenario(List.of(op("transfer", 0, 1, 10), op("transfer", 1, 1, 5)), List.of(op("totalBalance")),
                        op("totalBalance")),
                // opposite transfers: opposite lock orders deadlock
                scenario(List.of(op("transfer", 0, 1, 5)), List.of(op("transfer", 1, 2, 5)), op("balance", 0)));
    }

    private static ExecutionScenario scenario(List<Actor> first, List<Actor> second, Actor after) {
        return new ExecutionScenario(List.of(), List.of(first, second), List.of(after), null);
    }

    private static Actor op(String operation, Object... arguments) {
        for (Method method : InterleavingTest.class.getMethods()) {
            if (method.getName().equals(operation) && method.isAnnotationPresent(Operation.class)) {
                return new Actor(method, List.of(arguments));
            }
        }
        throw new IllegalArgumentException("no operation " + operation);
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
