package grader.child.training;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Not a test of anything: the grader runs these once, in a JVM of its own with no student code,
 * to learn which classes a typical test run loads, and archives them for class-data sharing so
 * that every test JVM after it starts faster (see {@code grader.run.SharedClassArchive}). They
 * touch what the exercises' tests touch: assertions, parameters, failures, threads, executors,
 * latches and atomics.
 */
public class TrainingTests {

    @Test
    void assertionsPass() {
        assertAll(() -> assertEquals(4, 2 + 2), () -> assertTrue(List.of(1, 2).contains(2)));
        assertThrows(IllegalArgumentException.class, () -> {
            throw new IllegalArgumentException("expected");
        });
    }

    @Test
    void anAssertionFails() {
        assertEquals(1, 2, "a failure, so that reporting one is learnt too");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void threadsAndExecutorsRun(int threads) throws Exception {
        AtomicLong total = new AtomicLong();
        CountDownLatch started = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                tasks.add(pool.submit(() -> {
                    started.countDown();
                    total.incrementAndGet();
                }));
            }
            for (Future<?> task : tasks) {
                task.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Thread thread = new Thread(total::incrementAndGet);
        thread.start();
        thread.join();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(threads + 1, total.get());
    }
}
