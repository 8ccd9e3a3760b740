package grader.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.InvalidInputException;
import grader.exercise.Exercise;
import grader.exercise.ExerciseCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionIntakeTest {

    private static final Exercise SAMPLE = ExerciseCatalog.load(Path.of("src/test/resources/exercises")).find("sample");
    private static final String COUNTER = "package sample;\npublic final class Counter {}\n";

    private final SubmissionIntake intake = new SubmissionIntake(new IntakeLimits(5, 1_000, 3_000, 20, 4_000));

    @TempDir
    Path temporary;
    private Path folder;

    @BeforeEach
    void makeSubmissionFolder() throws IOException {
        folder = Files.createDirectory(temporary.resolve("submission"));
    }

    @Test
    void javaFilesAtAnyDepthAreAcceptedAndEverythingElseIgnored() throws IOException {
        write("src/main/java/sample/Counter.java", COUNTER);
        write("notes.txt", "ignored");
        Submission submission = intake.read(folder, SAMPLE);
        assertEquals(List.of("sample.Counter"), submission.classNames());
        assertEquals("src/main/java/sample/Counter.java", submission.sources().get(0).origin());
    }

    @Test
    void aFolderWithoutJavaSourcesIsRefused() throws IOException {
        write("README.md", "nothing here");
        assertRefused("No Java source file of package sample was found");
    }

    @Test
    void aRefusalNeverNamesTheFolderTheSubmissionIsIn() throws IOException {
        write("README.md", "nothing here");
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> intake.read(folder, SAMPLE));
        assertFalse(refusal.getMessage().contains(temporary.toString()), refusal.getMessage());
    }

    @Test
    void aFileNamedLikeACopyIsGradedUnderItsPublicClass() throws IOException {
        write("Counter (1).java", COUNTER);
        write("Zähler.java", "package sample;\nfinal class Zähler {}\n");
        Submission submission = intake.read(folder, SAMPLE);
        assertEquals(List.of("sample.Counter", "sample.Zähler"), submission.classNames().stream().sorted().toList());
        assertTrue(submission.notes().contains("Counter (1).java was graded as Counter.java, the name of the public class it declares."),
                submission.notes()::toString);
    }

    @Test
    void aFileWhoseNameJavaRejectsWithoutAPublicClassIsRefusedByItsOwnName() throws IOException {
        write("Counter.java", COUNTER);
        write("my helper [old].java", "package sample;\nfinal class Helper {}\n");
        assertRefused("my helper [old].java has a name Java does not accept");
    }

    @Test
    void aMissingSubmissionIsRefused() {
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> intake.read(folder.resolve("absent"), SAMPLE));
        assertTrue(refusal.getMessage().startsWith("There is no file or folder at"), refusal.getMessage());
    }

    @Test
    void aClassInJUnitsPackageIsRefusedWithASentenceThatSaysSo() throws IOException {
        write("Counter.java", COUNTER);
        write("Assertions.java", "/* sneaky */ package org.junit.jupiter.api; public class Assertions {}");
        assertRefused("Assertions.java declares package org.junit.jupiter.api (that package belongs to Java or JUnit),"
                + " but a submission for sample may only hold classes in package sample.");
    }

    @Test
    void aClassInTheGradersPackageIsRefused() throws IOException {
        write("Counter.java", COUNTER);
        write("Fake.java", "package grader.child.channel;\nclass Fake {}");
        assertRefused("(that package is the grader's own)");
    }

    @Test
    void aFileWithoutPackageIsRefused() throws IOException {
        write("Counter.java", "public final class Counter {}");
        assertRefused("Counter.java declares no package");
    }

    @Test
    void testSourcesAreSetAsideWithANote() throws IOException {
        write("src/main/java/sample/Counter.java", COUNTER);
        write("src/test/java/sample/MyOwnTest.java", "package sample; class MyOwnTest {}");
        write("CounterTest.java", "package sample; class CounterTest {}");
        Submission submission = intake.read(folder, SAMPLE);
        assertEquals(List.of("sample.Counter"), submission.classNames());
        assertEquals(2, submission.notes().size(), submission.notes().toString());
    }

    @Test
    void tooManyFilesTooLargeAFileAndTooMuchInAllAreRefused() throws IOException {
        for (int i = 0; i < 6; i++) {
            write("C" + i + ".java", "package sample; class C" + i + " {}");
        }
        assertRefused("more than 5 .java files");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws IOException {
        write("Counter.java", COUNTER + "//" + "x".repeat(2_000));
        assertRefused("Counter.java is larger than");
    }

    @Test
    void aZipEntryThatClimbsOutOfItsFolderIsRefused() throws IOException {
        Path zip = zip("evil.zip", "sample/Counter.java", COUNTER, "../../outside/Counter.java", COUNTER);
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> intake.read(zip, SAMPLE));
        assertTrue(refusal.getMessage().contains("points outside the submission's folder"), refusal.getMessage());
    }

    @Test
    void aZipWhoseSourcesUnpackBeyondTheLimitIsRefused() throws IOException {
        String big = COUNTER + "//" + "x".repeat(900);
        Path zip = zip("bomb.zip", "A.java", big.replace("Counter", "A"), "B.java", big.replace("Counter", "B"),
                "C.java", big.replace("Counter", "C"), "D.java", big.replace("Counter", "D"));
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> intake.read(zip, SAMPLE));
        assertTrue(refusal.getMessage().contains("larger than") || refusal.getMessage().contains("unpacks to more"),
                refusal.getMessage());
    }

    @Test
    void aZipIsReadLikeAFolder() throws IOException {
        Path zip = zip("ok.zip", "deep/down/Counter.java", COUNTER, "readme.txt", "hi");
        assertEquals(List.of("sample.Counter"), intake.read(zip, SAMPLE).classNames());
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path fake = write("fake.zip", "not a zip");
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> intake.read(fake, SAMPLE));
        assertTrue(refusal.getMessage().contains("is not a readable zip file"), refusal.getMessage());
    }

    private void assertRefused(String expectedPart) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> intake.read(folder, SAMPLE));
        assertTrue(refusal.getMessage().contains(expectedPart), refusal.getMessage());
    }

    private Path write(String relative, String content) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private Path zip(String name, String... namesAndContents) throws IOException {
        Path zip = temporary.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
