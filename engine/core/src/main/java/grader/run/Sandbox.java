package grader.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The operating-system layer around every child JVM, detected once when the grader starts.
 *
 * <p>On Linux with bubblewrap ({@code bwrap}) installed, the JVM runs in fresh namespaces: no
 * network at all (not even the host's loopback), its own process tree (when the JVM ends, every
 * process it started ends with it, and it dies with the grader), and a file system that shows only
 * {@code /usr} and the JDK's configuration read-only, the class path read-only, and the scratch
 * folder writable (a bounded tmpfs); the grader's files, {@code /etc/passwd}, home folders and other students' work
 * are not there. Without bubblewrap (macOS, Windows, a bare Linux) the JVM runs directly, and
 * {@link #layers()} says which layers are missing; the static rules, limits and process-tree kill
 * still hold.
 *
 * <p>Immutable and thread-safe.
 */
public final class Sandbox {

    /** Room for the files a run writes; the exercises need none, a test may need a few. */
    public static final long SCRATCH_BYTES = 128L * 1024 * 1024;

    private final Path bwrap;

    private Sandbox(Path bwrap) {
        this.bwrap = bwrap;
    }

    /**
     * Bubblewrap if it is on the PATH and can start a process here, else no OS sandbox. Setting
     * {@code GRADER_SANDBOX=off} turns it off, to measure what it costs or to debug; reports then
     * say it was missing.
     */
    public static Sandbox detect() {
        if ("off".equals(System.getenv("GRADER_SANDBOX"))) {
            return none();
        }
        Path candidate = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
                .map(folder -> Path.of(folder, "bwrap")).filter(Files::isExecutable).findFirst().orElse(null);
        if (candidate == null || !works(candidate)) {
            return new Sandbox(null);
        }
        return new Sandbox(candidate);
    }

    /** No operating-system sandbox: for platforms without one. */
    public static Sandbox none() {
        return new Sandbox(null);
    }

    public boolean isolates() {
        return bwrap != null;
    }

    /** The layers in force, and those missing, in words for reports. */
    public List<String> layers() {
        List<String> layers = new ArrayList<>(List.of("static rules", "separate JVM with heap, stack and time limits",
                "empty environment", "process tree killed at the end"));
        if (isolates()) {
            layers.add("bubblewrap: no network, read-only file system but a " + SCRATCH_BYTES / (1024 * 1024)
                    + " MB scratch tmpfs, own process namespace");
        } else {
            layers.add("MISSING: network, file-system and process isolation (bubblewrap not installed)");
        }
        return layers;
    }

    /**
     * The command that runs {@code command} inside the sandbox, seeing {@code readOnly} (the class
     * path, the JDK) and writing only {@code scratch}; the command itself when there is no sandbox.
     */
    public List<String> wrap(List<String> command, List<Path> readOnly, Path scratch) {
        if (!isolates()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(bwrap.toString(), "--unshare-all", "--die-with-parent",
                "--new-session", "--ro-bind", "/usr", "/usr", "--proc", "/proc", "--dev", "/dev"));
        for (String merged : List.of("lib", "lib64", "bin", "sbin")) {
            Path link = Path.of("/", merged);
            if (Files.isSymbolicLink(link)) {
                wrapped.addAll(List.of("--symlink", "usr/" + merged, link.toString()));
            } else if (Files.isDirectory(link)) {
                wrapped.addAll(List.of("--ro-bind", link.toString(), link.toString()));
            }
        }
        for (Path path : visible(readOnly)) {
            wrapped.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        // The scratch folder is a fresh tmpfs of bounded size: what a run writes cannot fill the
        // host's disk, counts against the run's memory limit, and is gone when the run ends.
        wrapped.addAll(List.of("--size", Long.toString(SCRATCH_BYTES), "--tmpfs", scratch.toString(),
                "--chdir", scratch.toString(), "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** The paths to show: those asked for, the JDK if it lives outside /usr, its /etc configuration. */
    private static List<Path> visible(List<Path> readOnly) {
        List<Path> paths = new ArrayList<>();
        for (Path path : readOnly) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith("/usr") && Files.exists(absolute)) {
                paths.add(absolute);
            }
        }
        Path javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
        try {
            Path real = javaHome.toRealPath();
            if (!real.startsWith("/usr")) {
                paths.add(real);
            }
        } catch (IOException unresolvable) {
            paths.add(javaHome);
        }
        try (Stream<Path> etc = Files.list(Path.of("/etc"))) {
            etc.filter(path -> path.getFileName().toString().startsWith("java")).forEach(paths::add);
        } catch (IOException noEtc) {
            // Not a Linux layout; nothing to show.
        }
        return paths;
    }

    private static boolean works(Path bwrap) {
        try {
            Process probe = new ProcessBuilder(bwrap.toString(), "--unshare-all", "--die-with-parent",
                    "--ro-bind", "/", "/", "true").redirectErrorStream(true).start();
            probe.getInputStream().transferTo(OutputStream.nullOutputStream());
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
