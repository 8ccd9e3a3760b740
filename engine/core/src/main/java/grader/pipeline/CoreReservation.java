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
 * lock on the file, a speedup phase an exclusive one. File locks are not fair, so a second region
 * of the file serves as a turnstile: a speedup phase holds it while it waits, and a process's first
 * correctness run passes through it, so that a stream of correctness runs from a long batch
 * cannot starve a student's check of its speedup phase. The operating system releases the locks
 * when a process dies, so a crashed grader blocks no one.
 *
 * <p>Thread-safe, and meant to be shared: the grading threads of one process share one. The fair
 * read-write lock orders the phases of this process; the file locks, those of the processes.
 */
public final class CoreReservation {

    /** The lock file's regions: byte 0 is the turnstile, byte 1 the cores. */
    private static final long TURNSTILE = 0;
    private static final long CORES = 1;

    /** Held shared by each correctness phase of this process, exclusively by a speedup phase. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
    /** The lock file's channel, open for the reservation's life; its locks are taken under the guards below. */
    private final Optional<FileChannel> machineLock;
    /** Correctness phases of this process now running. Guarded by {@code this}. */
    private int sharedHolders;
    /** The shared lock on the file's cores region while {@code sharedHolders > 0}, else null. Guarded by {@code this}. */
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
        try (FileLock ignored = machineLock.isPresent() ? lockCoresExclusively(machineLock.get()) : null) {
            return phase.get();
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock the machine's cores", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Holds the turnstile while waiting, so that no new correctness run slips in before this phase. */
    private static FileLock lockCoresExclusively(FileChannel file) throws IOException {
        try (FileLock turnstile = file.lock(TURNSTILE, 1, false)) {
            return file.lock(CORES, 1, false);
        }
    }

    /** The first correctness run of this process takes the shared file lock; the others wait until it has. */
    private synchronized void enterShared() {
        if (machineLock.isPresent() && sharedHolders == 0) {
            try {
                try (FileLock turnstile = machineLock.get().lock(TURNSTILE, 1, true)) {
                    sharedFileLock = machineLock.get().lock(CORES, 1, true);
                }
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
