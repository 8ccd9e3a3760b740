package grader.run;

import grader.child.junit.TestRunner;
import grader.child.protocol.ChildArguments.TestRunnerArguments;
import grader.child.training.TrainingTests;
import grader.files.UserCache;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive of the child JVMs' own class path (the runner and JUnit), so that
 * every test JVM maps those classes ready-made instead of loading and verifying them: a JVM start
 * plus a small JUnit run went from 0.33 s to 0.20 s here on JDK 17.
 *
 * <p>The archive is made once per JDK and class path, in the user's cache folder, from a training
 * run of the grader's own {@link TrainingTests} — never from student code — outside the sandbox.
 * Until it exists (and should making it fail) JVMs simply start without it; a JVM that finds an
 * archive not matching its class path ignores it silently. {@code GRADER_CDS=off} turns it off, to
 * measure what it gains.
 *
 * <p>Thread-safe: the first caller makes the archive while the others go on without it.
 */
public final class SharedClassArchive {

    private static final long TRAINING_SECONDS = 60;
    private static final int ARCHIVES_KEPT = 4;

    private final Optional<Path> archive;
    private final List<Path> classPath;
    private final AtomicBoolean attempted = new AtomicBoolean();

    private SharedClassArchive(Optional<Path> archive, List<Path> classPath) {
        this.archive = archive;
        this.classPath = List.copyOf(classPath);
    }

    /** An archive for {@code childClassPath} (jars) in the user's cache folder; none where there is no such folder. */
    public static SharedClassArchive inUserCache(List<Path> childClassPath) {
        if ("off".equals(System.getenv("GRADER_CDS"))) {
            return new SharedClassArchive(Optional.empty(), childClassPath);
        }
        return new SharedClassArchive(Optional.of(UserCache.folder().resolve("child-" + key(childClassPath) + ".jsa")), childClassPath);
    }

    /** The archive file, when it exists: the sandbox must show it to the JVM. */
    public Optional<Path> file() {
        return archive.filter(Files::isRegularFile);
    }

    /** The JVM options that use the archive; on the first call, makes it if it is missing. */
    public List<String> jvmOptions() {
        if (archive.isPresent() && !Files.isRegularFile(archive.get()) && attempted.compareAndSet(false, true)) {
            make(archive.get());
        }
        return file().map(path -> List.of("-XX:SharedArchiveFile=" + path, "-Xshare:auto")).orElse(List.of());
    }

    private void make(Path target) {
        Path classList = null;
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            classList = Files.createTempFile(target.getParent(), "classes-", ".lst");
            partial = Files.createTempFile(target.getParent(), "partial-", ".jsa");
            String cp = classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
            List<String> training = new ArrayList<>(List.of(java(), "-XX:DumpLoadedClassList=" + classList,
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", cp, TestRunner.class.getName()));
            training.addAll(new TestRunnerArguments(List.of(TrainingTests.class.getName()), List.of(), 10, List.of(), 10_000)
                    .commandLine());
            String key = HexFormat.of().formatHex(new byte[32]) + "\n"; // the results are not read
            if (run(training, key) && run(List.of(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + partial, "-cp", cp), "")) {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOldArchives(target.getParent());
            }
        } catch (IOException cannotCache) {
            // No archive: the JVMs start as they would without one.
        } finally {
            deleteQuietly(classList);
            deleteQuietly(partial);
        }
    }

    /** Each rebuild of the grader makes a new archive; the few newest are kept (several JDKs may be in use). */
    private static void removeOldArchives(Path folder) throws IOException {
        try (Stream<Path> archives = Files.list(folder)) {
            archives.filter(path -> path.getFileName().toString().matches("child-.*\\.jsa"))
                    .sorted(Comparator.comparing(SharedClassArchive::modified).reversed())
                    .skip(ARCHIVES_KEPT)
                    .forEach(SharedClassArchive::deleteQuietly);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean run(List<String> command, String input) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.US_ASCII));
            }
            if (!process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Names the JDK and every jar's path, size and time: a rebuilt jar or another JDK gets its own archive. */
    private static String key(List<Path> classPath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((System.getProperty("java.home") + Runtime.version()).getBytes(StandardCharsets.UTF_8));
            for (Path entry : classPath) {
                String stamp = entry + ":" + (Files.isRegularFile(entry)
                        ? Files.size(entry) + ":" + Files.getLastModifiedTime(entry).toMillis() : "folder");
                digest.update(stamp.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException | IOException e) {
            return "unkeyed";
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file in the cache folder; the next attempt makes new ones.
            }
        }
    }
}
