package grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.pipeline.GraderHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses of kit, new-exercise and check --watch on bad input: 2, before anything is written. */
class KitAndAuthoringCommandsTest {

    private static final GraderHome HOME = GraderHome.fromSystemProperty();

    @TempDir
    Path temp;

    @Test
    void kitRefusesAnUnknownExercise() {
        assertEquals(GraderCli.BAD_INPUT, GraderCli.run(HOME, "kit", "exercise99", "--out", temp.resolve("k.zip").toString()));
        assertTrue(isEmpty(temp));
    }

    @Test
    void kitRefusesAFolderThatHoldsFiles() throws IOException {
        Files.writeString(temp.resolve("mine.txt"), "keep");
        assertEquals(GraderCli.BAD_INPUT, GraderCli.run(HOME, "kit", "exercise3", "--out", temp.toString()));
        assertEquals("keep", Files.readString(temp.resolve("mine.txt")));
    }

    @Test
    void kitNeedsSomewhereToWrite() {
        assertEquals(GraderCli.BAD_INPUT, GraderCli.run(HOME, "kit", "exercise3"));
    }

    @Test
    void newExerciseMakesAnExerciseOnceAndRefusesBadNames() throws IOException {
        Files.createDirectories(temp.resolve("exercises"));
        Files.createDirectories(temp.resolve("solutions"));
        GraderHome project = new GraderHome(temp);
        assertEquals(GraderCli.BAD_INPUT, GraderCli.run(project, "new-exercise", "Exercise5"));
        assertEquals(GraderCli.BAD_INPUT, GraderCli.run(project, "new-exercise", "exercise5", "--class", "buffer"));
        assertTrue(isEmpty(temp.resolve("exercises")));
        assertEquals(0, GraderCli.run(project, "new-exercise", "exercise5"));
        assertTrue(Files.isRegularFile(temp.resolve("exercises/exercise5/starter/exercise5/Exercise5.java")));
        assertEquals(GraderCli.BAD_INPUT, GraderCli.run(project, "new-exercise", "exercise5"));
    }

    @Test
    void watchRefusesCodeThatIsNotThere() {
        assertEquals(GraderCli.BAD_INPUT,
                GraderCli.run(HOME, "check", "exercise3", "--watch", "--dir", temp.resolve("missing").toString()));
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
