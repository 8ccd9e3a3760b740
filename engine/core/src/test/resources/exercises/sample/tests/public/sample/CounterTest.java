package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CounterTest {

    @Test
    @DisplayName("counts in one thread")
    void countsInOneThread() {
        Counter counter = new Counter();
        for (int i = 0; i < 10; i++) {
            counter.increment();
        }
        assertEquals(10, counter.get(), "ten increments should count 10");
    }

    @Test
    @DisplayName("counts in many threads")
    void countsInManyThreads() throws Exception {
        // Every thread increments until the same deadline, so they overlap for a long stretch
        // whatever the scheduler does; each counts its own increments to know the right total.
        Counter counter = new Counter();
        int threadCount = 4;
        CyclicBarrier start = new CyclicBarrier(threadCount);
        long[] done = new long[threadCount];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            int index = t;
            threads.add(new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                long deadline = System.nanoTime() + 300_000_000L;
                long mine = 0;
                while (System.nanoTime() < deadline) {
                    for (int i = 0; i < 1_000; i++) {
                        counter.increment();
                    }
                    mine += 1_000;
                }
                done[index] = mine;
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long expected = java.util.Arrays.stream(done).sum();
        assertEquals(expected, counter.get(), threadCount + " threads together incremented " + expected
                + " times; updates were lost");
    }

    @Test
    @DisplayName("moves in both directions at once without deadlock")
    void movesBothWaysWithoutDeadlock() throws Exception {
        Counter a = new Counter();
        Counter b = new Counter();
        // Both movers start together and keep moving for the same half second, however busy the
        // machine: a count of moves could be done before the other thread got a core at all.
        CyclicBarrier start = new CyclicBarrier(2);
        Thread forth = new Thread(() -> moveFor(start, a, b), "mover a->b");
        Thread back = new Thread(() -> moveFor(start, b, a), "mover b->a");
        forth.start();
        back.start();
        forth.join();
        back.join();
        assertEquals(0, a.get() + b.get(), "moving one unit back and forth must keep the total at 0");
    }

    private static void moveFor(CyclicBarrier start, Counter from, Counter to) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long end = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < end) {
            Counter.moveOne(from, to);
        }
    }
}
