package grader.kit;

import grader.pipeline.GraderHome;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The grader a kit carries, prebuilt: this running grader's own class path (its jar and
 * libraries) and the child JVM's class path, laid out where the project's build puts them, so
 * that the same launcher and {@link GraderHome} find them in a kit as in the project. A kit's
 * launcher then needs a JDK only, no Maven and no network.
 *
 * <p>Taken from the running JVM rather than from the build folders so that a kit holds exactly
 * the grader that made it; when that grader runs from a classes folder (the engine's own tests),
 * the folder is packed into the engine jar.
 */
final class GraderBinaries {

    static final String ENGINE_JAR = "engine/core/target/grader-engine.jar";
    static final String ENGINE_LIBRARIES = "engine/core/target/lib/";
    static final String CHILD_JAR = "engine/child/target/grader-child.jar";
    static final String CHILD_LIBRARIES = "engine/child/target/lib/";

    private GraderBinaries() {
    }

    static List<KitEntry> of(GraderHome home) {
        Path engine = engineLocation();
        List<KitEntry> entries = new ArrayList<>();
        entries.add(Files.isDirectory(engine) ? new KitEntry(ENGINE_JAR, jarOf(engine), false)
                : KitEntry.ofFile(ENGINE_JAR, engine, false));
        Set<String> names = new HashSet<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path library = Path.of(element).toAbsolutePath().normalize();
            if (library.equals(engine)) {
                continue;
            }
            if (Files.isRegularFile(library) && library.toString().endsWith(".jar")) {
                entries.add(library(ENGINE_LIBRARIES, KitEntry.ofFile(library), names));
            } else if (isModuleClasses(library)) {
                // A module built alongside the engine (the child, in the engine's own test runs).
                entries.add(library(ENGINE_LIBRARIES, new KitEntry(
                        library.getParent().getParent().getFileName() + "-classes.jar", jarOf(library), false), names));
            }
            // Any other folder is a test run's own classes, not part of the grader.
        }
        List<Path> child = home.childClassPath();
        entries.add(KitEntry.ofFile(CHILD_JAR, child.get(0), false));
        Set<String> childNames = new HashSet<>();
        child.subList(1, child.size()).forEach(library ->
                entries.add(library(CHILD_LIBRARIES, KitEntry.ofFile(library), childNames)));
        return entries;
    }

    /** {@code jar}, named by its file name alone, moved into {@code folder}. */
    private static KitEntry library(String folder, KitEntry jar, Set<String> namesSoFar) {
        if (!namesSoFar.add(jar.path())) {
            throw new IllegalStateException("two libraries named " + jar.path() + " on the grader's class path");
        }
        return new KitEntry(folder + jar.path(), jar.bytes(), false);
    }

    /** A Maven module's compiled main classes, {@code MODULE/target/classes}. */
    private static boolean isModuleClasses(Path folder) {
        return Files.isDirectory(folder) && folder.getFileName().toString().equals("classes")
                && folder.getParent() != null && folder.getParent().getFileName().toString().equals("target")
                && folder.getParent().getParent() != null;
    }

    private static Path engineLocation() {
        try {
            return Path.of(GraderBinaries.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the grader's classes are", e);
        }
    }

    private static byte[] jarOf(Path classes) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the grader's classes in " + classes, e);
        }
        return bytes.toByteArray();
    }
}
