package grader.exercise;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import grader.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The exercises of the course: every folder under {@code exercises/} with an
 * {@code exercise.json}. Adding an exercise adds a folder; nothing here changes. Immutable once
 * loaded.
 */
public final class ExerciseCatalog {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<Exercise> exercises;

    private ExerciseCatalog(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    public static ExerciseCatalog load(Path exercisesFolder) {
        List<Exercise> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(exercisesFolder)) {
            for (Path folder : folders.sorted().toList()) {
                Path descriptorFile = folder.resolve("exercise.json");
                if (Files.isRegularFile(descriptorFile)) {
                    found.add(new Exercise(read(descriptorFile), folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the exercises in " + exercisesFolder, e);
        }
        found.sort(Comparator.comparing(Exercise::id));
        return new ExerciseCatalog(found);
    }

    private static ExerciseDescriptor read(Path descriptorFile) {
        try {
            ExerciseDescriptor descriptor = JSON.readValue(descriptorFile.toFile(), ExerciseDescriptor.class);
            if (!descriptorFile.getParent().getFileName().toString().equals(descriptor.id())) {
                throw new IllegalStateException(descriptorFile + " has id " + descriptor.id()
                        + ", which is not its folder's name");
            }
            return descriptor;
        } catch (IOException e) {
            throw new IllegalStateException("the descriptor " + descriptorFile + " is not valid: " + e.getMessage(), e);
        }
    }

    public List<Exercise> all() {
        return exercises;
    }

    /** The exercise with this id, or a refusal that lists the ones there are. */
    public Exercise find(String id) {
        return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("There is no exercise '" + id + "'; the exercises are "
                        + String.join(", ", exercises.stream().map(Exercise::id).toList()) + "."));
    }
}
