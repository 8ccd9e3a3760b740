package grader.pipeline;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Who may use the machine's cores: any number of correctness runs together, or one speedup phase
 * alone. A speedup measured while another grading burns a core would be unfair to the student, so
 * every pipeline of one grader process shares one reservation: correctness runs hold it shared,
 * timing runs exclusively. The lock is fair, so a waiting speedup phase is not starved by a stream
 * of correctness runs.
 *
 * <p>Thread-safe. It orders the gradings of one JVM (a batch, the server); separate grader
 * processes on one machine do not see each other's reservations.
 */
public final class CoreReservation {

    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);

    /** Runs a correctness phase, alongside others but never beside a speedup phase. */
    public <T> T shared(Supplier<T> phase) {
        lock.readLock().lock();
        try {
            return phase.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a speedup phase with the machine to itself. */
    public <T> T exclusive(Supplier<T> phase) {
        lock.writeLock().lock();
        try {
            return phase.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
