package grader.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
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
 * <p>With a lock file, the reservation also holds across grader processes on one machine (a
 * server and an instructor's batch, say): the process's correctness runs together hold a shared
 * lock on the file, a speedup phase an exclusive one. The operating system releases it when a
 * process dies, so a crashed grader blocks no one.
 *
 * <p>Thread-safe.
 */
public final class CoreReservation {

    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final Optional<FileChannel> machineLock;
    private int sharedHolders;
    private FileLock sharedFileLock;

    /** A reservation for this process only. */
    public CoreReservation() {
        this.machineLock = Optional.empty();
    }

    private CoreReservation(FileChannel machineLock) {
        this.machineLock = Optional.of(machineLock);
    }

    /** A reservation shared with every grader process that uses {@code lockFile}; this process only if it cannot be opened. */
    public static CoreReservation machineWide(Path lockFile) {
        try {
            Files.createDirectories(lockFile.getParent());
            return new CoreReservation(FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE));
        } catch (IOException | UnsupportedOperationException notShareable) {
            return new CoreReservation();
        }
    }

    /** Runs a correctness phase, alongside others but never beside a speedup phase. */
    public <T> T shared(Supplier<T> phase) {
        lock.readLock().lock();
        try {
            enterShared();
            try {
                return phase.get();
            } finally {
                leaveShared();
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a speedup phase with the machine to itself. */
    public <T> T exclusive(Supplier<T> phase) {
        lock.writeLock().lock();
        try (FileLock ignored = machineLock.isPresent() ? machineLock.get().lock() : null) {
            return phase.get();
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock the machine's cores", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The first correctness run of this process takes the shared file lock; the others wait until it has. */
    private synchronized void enterShared() {
        if (machineLock.isPresent() && sharedHolders == 0) {
            try {
                sharedFileLock = machineLock.get().lock(0, Long.MAX_VALUE, true);
            } catch (IOException e) {
                throw new IllegalStateException("cannot lock the machine's cores", e);
            }
        }
        sharedHolders++;
    }

    private synchronized void leaveShared() {
        sharedHolders--;
        if (sharedHolders == 0 && sharedFileLock != null) {
            try {
                sharedFileLock.release();
            } catch (IOException closed) {
                // The channel is gone, and with it the lock.
            }
            sharedFileLock = null;
        }
    }
}
