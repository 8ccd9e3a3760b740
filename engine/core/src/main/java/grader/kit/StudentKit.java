package grader.kit;

import grader.authoring.ExercisePom;
import grader.exercise.Exercise;
import grader.pipeline.GraderHome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a course hands to students: for each exercise its statement, starter code, given files,
 * public tests, timing workloads, IDE project file and a descriptor of the local check only; the
 * launchers; the grader prebuilt; and a README. Everything else stays out, by construction: the
 * kit takes only the folders listed here, so hidden tests and solutions never enter it.
 *
 * <p>The timing workloads ({@code tests/timing}) go in because the contract's local check
 * includes the speedup where the exercise has one; they are the grader's measuring harness
 * (baseline loop, random input), which the statement already describes, not hidden tests.
 */
public final class StudentKit {

    /** The folders of an exercise a local check reads, besides its statement and descriptor. */
    private static final List<String> EXERCISE_FOLDERS = List.of("starter", "given", "tests/public", "tests/timing");
    private static final List<String> LAUNCHERS = List.of("grader", "grader.cmd");

    private StudentKit() {
    }

    public static List<KitEntry> entries(GraderHome home, List<Exercise> exercises) {
        List<KitEntry> entries = new ArrayList<>();
        for (Exercise exercise : exercises) {
            String prefix = "exercises/" + exercise.id() + "/";
            entries.add(KitEntry.ofFile(prefix + "README.md", exercise.folder().resolve("README.md"), false));
            entries.add(new KitEntry(prefix + "exercise.json",
                    KitDescriptor.publicOnly(exercise.folder().resolve("exercise.json")), false));
            entries.add(new KitEntry(prefix + "pom.xml",
                    utf8(ExercisePom.render(exercise.id(), exercise.descriptor().title())), false));
            for (String folder : EXERCISE_FOLDERS) {
                filesUnder(exercise.folder(), folder).forEach(file -> entries.add(KitEntry.ofFile(
                        prefix + exercise.folder().relativize(file).toString().replace('\\', '/'), file, false)));
            }
        }
        for (String launcher : LAUNCHERS) {
            entries.add(KitEntry.ofFile(launcher, home.root().resolve(launcher), launcher.equals("grader")));
        }
        entries.add(new KitEntry("README.md", utf8(readme(exercises)), false));
        entries.addAll(GraderBinaries.of(home));
        return entries;
    }

    private static List<Path> filesUnder(Path exerciseFolder, String folder) {
        Path root = exerciseFolder.resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static String readme(List<Exercise> exercises) {
        String list = exercises.stream().map(exercise -> "- `" + exercise.id() + "`: " + exercise.descriptor().title()
                + " (statement: `exercises/" + exercise.id() + "/README.md`)").collect(Collectors.joining("\n"));
        return template().replace("{{EXERCISES}}", list).replace("{{FIRST}}", exercises.get(0).id());
    }

    private static String template() {
        try (InputStream in = Objects.requireNonNull(StudentKit.class.getResourceAsStream("kit-README.md"),
                "the kit README template is missing from the grader's jar")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kit README template", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
