package grader.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Operating-system limits on a child JVM together with every process and thread it starts,
 * detected once when the grader starts.
 *
 * <p>On Linux with writable cgroup v1 controllers (as root, here and in CI), each run gets a cgroup
 * of its own in the {@code pids} and {@code memory} hierarchies: a thread bomb stops at
 * {@link #MAX_TASKS} tasks instead of exhausting the host's process table, and native memory
 * (thread stacks, off-heap buffers, worker processes) stops at the run's budget instead of pushing
 * the host into swap. The cgroup also finds every process of the run when it ends, even one that
 * left the process tree, so none survives it. Where {@code prlimit} exists, no file the run writes
 * may grow past {@link #MAX_FILE_BYTES}, and CPU time is capped as a backstop should the grader's
 * own wall-clock kill ever fail. Per-user limits ({@code RLIMIT_NPROC}) are not used: root ignores
 * them and they count every process of a user, not of a run.
 *
 * <p>Immutable and thread-safe; each {@link Confinement} belongs to one run.
 */
public final class ProcessLimits {

    /** Threads and processes of one run together: the JVM needs about 30, the tests a few hundred. */
    public static final int MAX_TASKS = 2048;
    /** Memory a run may use beyond its heap: metaspace, code, stacks, worker processes. */
    public static final int NATIVE_ALLOWANCE_MEGABYTES = 1536;
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final Path CGROUPS = Path.of("/sys/fs/cgroup");
    private static final List<String> CONTROLLERS = List.of("pids", "memory");
    private static final String GRADER_GROUP = "grader";
    private static final SecureRandom NAMES = new SecureRandom();

    private final boolean cgroups;
    private final Path prlimit;

    private ProcessLimits(boolean cgroups, Path prlimit) {
        this.cgroups = cgroups;
        this.prlimit = prlimit;
    }

    /** What this machine offers; {@code GRADER_SANDBOX=off} turns these limits off with the sandbox. */
    public static ProcessLimits detect() {
        if ("off".equals(System.getenv("GRADER_SANDBOX"))) {
            return new ProcessLimits(false, null);
        }
        Path prlimit = Stream.of("/usr/bin/prlimit", "/bin/prlimit").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        return new ProcessLimits(cgroupsWork(), prlimit);
    }

    public boolean confinesGroups() {
        return cgroups;
    }

    /** The limits in force, and those missing, in words for reports. */
    public List<String> layers() {
        List<String> layers = new ArrayList<>();
        layers.add(cgroups
                ? "cgroup per run: at most " + MAX_TASKS + " threads and processes, memory of heap + "
                        + NATIVE_ALLOWANCE_MEGABYTES + " MB, every process of the run killed at its end"
                : "MISSING: limits on threads, processes and native memory (no writable cgroup v1 controllers)");
        layers.add(prlimit != null
                ? "prlimit: files at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB, CPU time capped"
                : "MISSING: file-size and CPU-time limits (prlimit not installed)");
        return layers;
    }

    /** Creates the limits of one run, which last until the confinement is closed. */
    public Confinement confine(long memoryBytes, long cpuSeconds) {
        List<Path> groups = new ArrayList<>();
        if (cgroups) {
            // The grader's pid in the name tells a later grader whether the group's owner still lives.
            String name = "run-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(randomBytes());
            try {
                for (String controller : CONTROLLERS) {
                    groups.add(Files.createDirectories(CGROUPS.resolve(controller).resolve(GRADER_GROUP).resolve(name)));
                }
                Files.writeString(groups.get(0).resolve("pids.max"), Integer.toString(MAX_TASKS));
                Files.writeString(groups.get(1).resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
            } catch (IOException e) {
                new Confinement(groups, null, 0).close();
                throw new UncheckedIOException("cannot set up the limits of a test JVM", e);
            }
        }
        return new Confinement(groups, prlimit, cpuSeconds);
    }

    private static boolean ownerIsGone(Path group) {
        String[] parts = group.getFileName().toString().split("-");
        try {
            return parts.length == 3 && ProcessHandle.of(Long.parseLong(parts[1])).map(owner -> !owner.isAlive()).orElse(true);
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        NAMES.nextBytes(bytes);
        return bytes;
    }

    private static boolean cgroupsWork() {
        try {
            for (String controller : CONTROLLERS) {
                Path parent = CGROUPS.resolve(controller).resolve(GRADER_GROUP);
                Files.createDirectories(parent);
                removeLeftovers(parent);
                Path probe = Files.createDirectories(parent.resolve("probe-" + ProcessHandle.current().pid()));
                Files.delete(probe);
            }
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException notOffered) {
            return false;
        }
    }

    /**
     * Run groups that a grader killed mid-run left behind: those whose grader is gone. A live
     * grader's group stays, even empty, since its run may be about to enter it.
     */
    private static void removeLeftovers(Path parent) throws IOException {
        try (Stream<Path> groups = Files.list(parent)) {
            groups.filter(Files::isDirectory).filter(ProcessLimits::ownerIsGone).forEach(group -> {
                try {
                    Files.delete(group);
                } catch (IOException stillInUse) {
                    // Its processes are still being killed; the next start removes it.
                }
            });
        }
    }

    /**
     * The limits of one run: wraps its command so that it enters its cgroups and rlimits before
     * anything of the run starts, and on {@link #close} kills whatever is left in them and removes
     * them. Not thread-safe; used by the thread that runs the child.
     */
    public static final class Confinement implements AutoCloseable {
        private static final int KILL_ROUNDS = 100;

        private final List<Path> groups;
        private final Path prlimit;
        private final long cpuSeconds;

        private Confinement(List<Path> groups, Path prlimit, long cpuSeconds) {
            this.groups = List.copyOf(groups);
            this.prlimit = prlimit;
            this.cpuSeconds = cpuSeconds;
        }

        /**
         * {@code command} started by a shell that first moves itself into the run's cgroups (its
         * children inherit them), then by {@code prlimit}; the command itself without either.
         */
        public List<String> wrap(List<String> command) {
            List<String> wrapped = new ArrayList<>();
            if (!groups.isEmpty()) {
                wrapped.addAll(List.of("/bin/sh", "-c",
                        "n=$1; shift; while [ \"$n\" -gt 0 ]; do echo $$ > \"$1/cgroup.procs\" || exit 125;"
                                + " shift; n=$((n - 1)); done; exec \"$@\"",
                        "grader-confine", Integer.toString(groups.size())));
                groups.forEach(group -> wrapped.add(group.toString()));
            }
            if (prlimit != null) {
                wrapped.addAll(List.of(prlimit.toString(), "--cpu=" + cpuSeconds, "--fsize=" + MAX_FILE_BYTES, "--"));
            }
            wrapped.addAll(command);
            return wrapped;
        }

        /** Whether the kernel killed a process of the run for going over its memory. */
        public boolean ranOutOfMemory() {
            if (groups.size() < 2) {
                return false;
            }
            try {
                return Files.readAllLines(groups.get(1).resolve("memory.oom_control")).stream()
                        .anyMatch(line -> line.startsWith("oom_kill ") && !line.equals("oom_kill 0"));
            } catch (IOException unreadable) {
                return false;
            }
        }

        /** Kills every process still in the run's cgroup, then removes its cgroups. */
        @Override
        public void close() {
            if (groups.isEmpty()) {
                return;
            }
            Path tasks = groups.get(0).resolve("cgroup.procs");
            for (int round = 0; round < KILL_ROUNDS && Files.exists(tasks); round++) {
                List<String> pids = readLines(tasks);
                if (pids.isEmpty()) {
                    break;
                }
                // A process forking as it dies may add one: hence the rounds.
                pids.forEach(pid -> ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(ProcessHandle::destroyForcibly));
                pause();
            }
            for (Path group : groups) {
                removeWhenEmpty(group);
            }
        }

        private static void removeWhenEmpty(Path group) {
            for (int round = 0; round < KILL_ROUNDS; round++) {
                try {
                    Files.deleteIfExists(group);
                    return;
                } catch (IOException stillDying) {
                    pause();
                }
            }
            // Left for the next grader's start to remove; it does so once the processes are gone.
        }

        private static List<String> readLines(Path file) {
            try {
                return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
            } catch (IOException gone) {
                return List.of();
            }
        }

        private static void pause() {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
