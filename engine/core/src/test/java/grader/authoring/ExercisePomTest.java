package grader.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.exercise.Exercise;
import grader.pipeline.GraderHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExercisePomTest {

    @Test
    void everyExerciseHasTheIdeProjectTheGraderWouldWrite() throws IOException {
        for (Exercise exercise : GraderHome.fromSystemProperty().exercises().all()) {
            Path pom = exercise.folder().resolve("pom.xml");
            assertTrue(Files.isRegularFile(pom), pom + " is missing");
            assertEquals(ExercisePom.render(exercise.id(), exercise.descriptor().title()), Files.readString(pom),
                    pom + " differs from what the grader writes for IDEs (for example after a JUnit upgrade); "
                            + "replace it with the one in a fresh ./grader kit");
        }
    }

    @Test
    void namesTheCodeTheTestsAndJUnit() {
        String pom = ExercisePom.render("exercise9", "Locks & <latches>");
        assertTrue(pom.contains("<sourceDirectory>starter</sourceDirectory>"));
        assertTrue(pom.contains("<testSourceDirectory>tests/public</testSourceDirectory>"));
        assertTrue(pom.contains("<artifactId>junit-jupiter</artifactId>"));
        assertTrue(pom.contains("<name>exercise9 — Locks &amp; &lt;latches&gt;</name>"));
    }
}
