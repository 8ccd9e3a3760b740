package grader.authoring;

import grader.InvalidInputException;
import grader.api.files.FileTrees;
import grader.api.files.StagedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Lays out a new exercise for its author: {@code exercises/NAME/} with a statement to fill in, a
 * descriptor, a starter class, an empty public and an empty hidden test class and the IDE
 * project; and {@code solutions/NAME/} with a reference (the starter, until the author writes
 * one) and a {@code variants.json} that expects it to score full. The new exercise grades,
 * validates and goes into kits at once, with the static rules as its only points, so every step
 * of writing it can be checked with {@code ./grader validate NAME}.
 *
 * <p>Both folders are staged beside their final place and renamed into it, so a failure leaves
 * neither a half-made exercise nor one half of it.
 */
public final class ExerciseScaffold {

    /** Lowercase letters and digits: a folder, an exercise id and a Java package, all the same. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");

    private ExerciseScaffold() {
    }

    /** What a new exercise is called: its id (also its package) and the title the statement shows. */
    public record NewExercise(String id, String title, String className) {

        /** The exercise {@code id}, titled {@code id} and with class {@code Id} unless given. */
        public static NewExercise named(String id, String title, String className) {
            return new NewExercise(id, title != null ? title : id, className != null ? className
                    : id.isEmpty() ? id : id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1));
        }

        public NewExercise {
            if (!NAME.matcher(id).matches() || SourceVersion.isKeyword(id)) {
                throw new InvalidInputException("'" + id + "' cannot name an exercise: use lowercase letters and "
                        + "digits, starting with a letter (it is also the Java package), for example exercise5.");
            }
            if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)
                    || !Character.isUpperCase(className.charAt(0))) {
                throw new InvalidInputException("'" + className + "' cannot name the exercise's class: use a Java "
                        + "class name that starts with a capital letter, for example BoundedBuffer.");
            }
        }
    }

    /** Creates the exercise under {@code root} (the project folder); returns its exercise folder. */
    public static Path create(Path root, NewExercise exercise) {
        Path exerciseFolder = root.resolve("exercises").resolve(exercise.id());
        Path solutionsFolder = root.resolve("solutions").resolve(exercise.id());
        for (Path folder : new Path[] {exerciseFolder, solutionsFolder}) {
            if (Files.exists(folder)) {
                throw new InvalidInputException(folder + " already exists; choose another name or remove it first.");
            }
            if (!Files.isDirectory(folder.getParent())) {
                throw new InvalidInputException(folder.getParent() + " is missing; run new-exercise in the grader's project.");
            }
        }
        try (StagedFolder exerciseStage = write(exerciseFolder, exerciseFiles(exercise));
             StagedFolder solutionsStage = write(solutionsFolder, solutionFiles(exercise))) {
            solutionsStage.commit();
            try {
                exerciseStage.commit();
            } catch (UncheckedIOException e) {
                FileTrees.delete(solutionsFolder); // neither half without the other
                throw e;
            }
        }
        return exerciseFolder;
    }

    private static Map<String, String> exerciseFiles(NewExercise exercise) {
        String id = exercise.id();
        String type = exercise.className();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", statement(exercise));
        files.put("exercise.json", descriptor(exercise));
        files.put("pom.xml", ExercisePom.render(id, exercise.title()));
        files.put("starter/" + id + "/" + type + ".java", starter(exercise));
        files.put("tests/public/" + id + "/" + type + "PublicTest.java", testClass(exercise, "PublicTest", """
                 * Public tests: students run these with ./grader check and in their IDE. Show the API in
                 * use and catch the first mistakes; leave the hard cases to the hidden tests."""));
        files.put("tests/hidden/" + id + "/" + type + "HiddenTest.java", testClass(exercise, "HiddenTest", """
                 * Hidden tests: run only at grading. Each concurrency test makes the bug it looks for
                 * near-certain (many threads, many repetitions, a latch or barrier so they overlap) and
                 * has a timeout, so a deadlock fails the test instead of hanging the grading. See
                 * docs/authoring.md."""));
        return files;
    }

    private static Map<String, String> solutionFiles(NewExercise exercise) {
        return Map.of(
                "variants.json", """
                        {
                          "exercise": "%s",
                          "variants": [
                            { "path": "reference", "expect": "full",
                              "description": "The reference solution; add broken variants beside it (see docs/authoring.md)." }
                          ]
                        }
                        """.formatted(exercise.id()),
                "reference/" + exercise.id() + "/" + exercise.className() + ".java", starter(exercise));
    }

    private static String statement(NewExercise exercise) {
        return """
                # %1$s — %2$s

                ## The idea

                What the student learns, and why it matters in a concurrent program.

                ## What to write

                The API of `%1$s.%3$s` (in `starter/%1$s/%3$s.java`), method by method, with what each
                must guarantee under any number of threads.

                ## How it is graded

                The static rules, the public tests (run them with `./grader check %1$s`) and hidden tests
                that try much harder, run when you submit.
                """.formatted(exercise.id(), exercise.title(), exercise.className());
    }

    private static String descriptor(NewExercise exercise) {
        return """
                {
                  "id": "%1$s",
                  "title": "%2$s",
                  "package": "%1$s",
                  "given": [],
                  "limits": { "heapMegabytes": 512, "testTimeoutSeconds": 10, "runTimeoutSeconds": 240 },
                  "policy": { "points": 1, "allow": [] },
                  "tests": [
                    { "class": "%1$s.%3$sPublicTest", "visibility": "public", "points": {} },
                    { "class": "%1$s.%3$sHiddenTest", "visibility": "hidden", "points": {} }
                  ],
                  "timing": []
                }
                """.formatted(exercise.id(), jsonString(exercise.title()), exercise.className());
    }

    private static String starter(NewExercise exercise) {
        return """
                package %1$s;

                /** The student's starting point: the exercise's public API, each method still to write. */
                public final class %2$s {
                }
                """.formatted(exercise.id(), exercise.className());
    }

    private static String testClass(NewExercise exercise, String suffix, String purpose) {
        return """
                package %1$s;

                /**
                %3$s
                 *
                 * <p>Add {@code @Test} methods with a {@code @DisplayName} in words, and give each its
                 * points in exercise.json ("points": { "methodName": 1 }); a method without points is
                 * not graded.
                 */
                class %2$s {
                }
                """.formatted(exercise.id(), exercise.className() + suffix, purpose);
    }

    private static String jsonString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Writes the files into a folder staged beside {@code target}. */
    private static StagedFolder write(Path target, Map<String, String> files) {
        StagedFolder staged = StagedFolder.beside(target);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = staged.path().resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return staged;
        } catch (IOException e) {
            staged.close();
            throw new UncheckedIOException("cannot write the new exercise beside " + target, e);
        }
    }
}
