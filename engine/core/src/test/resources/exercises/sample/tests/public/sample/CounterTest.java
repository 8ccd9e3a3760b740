package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
    void countsInManyThreads() throws InterruptedException {
        Counter counter = new Counter();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 1_000_000; i++) {
                    counter.increment();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(4_000_000, counter.get(), "4 threads each incremented 1,000,000 times; updates were lost");
    }

    @Test
    @DisplayName("moves in both directions at once without deadlock")
    void movesBothWaysWithoutDeadlock() throws InterruptedException {
        Counter a = new Counter();
        Counter b = new Counter();
        Thread forth = new Thread(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                Counter.moveOne(a, b);
            }
        }, "mover a->b");
        Thread back = new Thread(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                Counter.moveOne(b, a);
            }
        }, "mover b->a");
        forth.start();
        back.start();
        forth.join();
        back.join();
        assertEquals(0, a.get() + b.get(), "moving one unit back and forth must keep the total at 0");
    }
}
