package grader.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import grader.exercise.ExerciseDescriptor;
import grader.exercise.GradingScope;
import grader.exercise.TestClassSpec;
import grader.exercise.TimingSpec;
import grader.exercise.Visibility;
import grader.pipeline.GraderHome;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit of every exercise, written to a zip and scanned file by file against the project: it must
 * hold no hidden test and no solution (by path, by content and by class name), its descriptors
 * must describe exactly the project's local check, and it must hold what a student needs.
 */
class StudentKitTest {

    private static final GraderHome HOME = GraderHome.fromSystemProperty();

    @TempDir
    static Path temp;

    /** Kit path → content, read back from the written zip. */
    private static Map<String, byte[]> kit;
    private static Path unpacked;

    @BeforeAll
    static void writeAndReadTheKit() throws IOException {
        Path zip = temp.resolve("kit.zip");
        KitWriter.write(StudentKit.entries(HOME, HOME.exercises().all()), zip);
        kit = new HashMap<>();
        unpacked = Files.createDirectories(temp.resolve("unpacked"));
        try (FileSystem files = FileSystems.newFileSystem(zip)) {
            try (Stream<Path> entries = Files.walk(files.getPath("/"))) {
                for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                    String path = entry.toString().substring(1);
                    kit.put(path, Files.readAllBytes(entry));
                    Path copy = unpacked.resolve(path);
                    Files.createDirectories(copy.getParent());
                    Files.write(copy, kit.get(path));
                }
            }
        }
    }

    @Test
    void noPathLeadsToAHiddenTestOrASolution() {
        List<String> leaks = kit.keySet().stream()
                .filter(path -> path.contains("tests/hidden") || path.startsWith("solutions/") || path.contains("/solutions/"))
                .toList();
        assertEquals(List.of(), leaks);
    }

    @Test
    void noFileHoldsTheContentOfAHiddenTestOrASolution() throws IOException {
        Set<String> handedOut = digestsUnder(HOME.exercises().all().stream()
                .flatMap(exercise -> Stream.of(exercise.starterFolder(), exercise.givenFolder())).toList());
        List<Path> secret = Stream.concat(Stream.of(HOME.root().resolve("solutions")),
                HOME.exercises().all().stream().map(exercise -> exercise.folder().resolve("tests/hidden"))).toList();
        // A solution file identical to a starter or given file (a given class) reveals nothing.
        Set<String> secrets = digestsUnder(secret).stream().filter(digest -> !handedOut.contains(digest))
                .collect(Collectors.toSet());
        assertFalse(secrets.isEmpty(), "the scan found no hidden test or solution to compare with");
        List<String> leaks = kit.entrySet().stream().filter(entry -> secrets.contains(digest(entry.getValue())))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), leaks);
    }

    @Test
    void noFileNamesAHiddenTestClass() {
        Set<String> hiddenClasses = HOME.exercises().all().stream()
                .flatMap(exercise -> exercise.descriptor().tests().stream())
                .filter(spec -> spec.visibility() == Visibility.HIDDEN)
                .map(TestClassSpec::className).collect(Collectors.toSet());
        assertFalse(hiddenClasses.isEmpty(), "the project has no hidden test to look for");
        kit.forEach((path, bytes) -> {
            if (path.endsWith(".jar")) {
                return;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String hidden : hiddenClasses) {
                String simpleName = hidden.substring(hidden.lastIndexOf('.') + 1);
                assertFalse(text.contains(hidden) || path.endsWith(".json") && text.contains(simpleName),
                        path + " names the hidden test class " + hidden);
            }
        });
    }

    @Test
    void eachDescriptorDescribesExactlyTheProjectsLocalCheck() {
        ExerciseCatalog kitExercises = ExerciseCatalog.load(unpacked.resolve("exercises"));
        assertEquals(HOME.exercises().all().stream().map(Exercise::id).toList(),
                kitExercises.all().stream().map(Exercise::id).toList());
        for (Exercise project : HOME.exercises().all()) {
            Exercise shipped = kitExercises.find(project.id());
            assertEquals(project.descriptor().testsIn(GradingScope.PUBLIC_ONLY), shipped.descriptor().tests());
            assertEquals(project.descriptor().maxScore(GradingScope.PUBLIC_ONLY),
                    shipped.descriptor().maxScore(GradingScope.ALL));
            assertEquals(publicNeedsOnly(project.descriptor()), shipped.descriptor().timing(),
                    "the same timing checks, needing only the public tests that a check runs");
            assertEquals(project.descriptor().limits(), shipped.descriptor().limits());
        }
    }

    private static List<TimingSpec> publicNeedsOnly(ExerciseDescriptor descriptor) {
        Set<String> publicClasses = descriptor.testsIn(GradingScope.PUBLIC_ONLY).stream()
                .map(TestClassSpec::className).collect(Collectors.toSet());
        return descriptor.timing().stream().map(spec -> new TimingSpec(spec.name(), spec.workload(), spec.kind(),
                spec.points(), spec.bands(), spec.maxSlowdown(), spec.needs().stream()
                        .filter(testId -> publicClasses.contains(testId.split("#", 2)[0])).toList())).toList();
    }

    @Test
    void holdsWhatAStudentNeeds() throws IOException {
        for (Exercise exercise : HOME.exercises().all()) {
            String prefix = "exercises/" + exercise.id() + "/";
            for (String folder : List.of("starter", "tests/public")) {
                try (Stream<Path> files = Files.walk(exercise.folder().resolve(folder))) {
                    files.filter(Files::isRegularFile).forEach(file -> assertTrue(kit.containsKey(
                            prefix + exercise.folder().relativize(file).toString().replace('\\', '/')), file.toString()));
                }
            }
            assertTrue(kit.containsKey(prefix + "README.md"));
            assertTrue(kit.containsKey(prefix + "pom.xml"));
        }
        for (String file : List.of("grader", "grader.cmd", "README.md", GraderBinaries.ENGINE_JAR, GraderBinaries.CHILD_JAR)) {
            assertTrue(kit.containsKey(file), file);
        }
        assertTrue(kit.keySet().stream().anyMatch(path -> path.startsWith(GraderBinaries.ENGINE_LIBRARIES + "picocli")));
        assertTrue(kit.keySet().stream().anyMatch(path -> path.startsWith(GraderBinaries.CHILD_LIBRARIES + "junit-jupiter-engine")));
    }

    @Test
    void theLauncherMayRunOnceUnzipped() throws IOException {
        Path zip = temp.resolve("kit.zip");
        try (FileSystem files = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("enablePosixFileAttributes", "true"))) {
            assertTrue(Files.getPosixFilePermissions(files.getPath("grader")).contains(PosixFilePermission.OWNER_EXECUTE));
            assertFalse(Files.getPosixFilePermissions(files.getPath("README.md")).contains(PosixFilePermission.OWNER_EXECUTE));
        }
    }

    private static Set<String> digestsUnder(List<Path> folders) throws IOException {
        Set<String> digests = new java.util.HashSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.toString().contains(File.separator + "target" + File.separator)).toList()) {
                    digests.add(digest(Files.readAllBytes(file)));
                }
            }
        }
        return digests;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
