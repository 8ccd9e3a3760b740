package grader.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import grader.exercise.Visibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The descriptor a kit ships: the exercise's {@code exercise.json} with every test class that is
 * not public taken out, and every timing check's {@code needs} cut to the public tests, so that it
 * describes exactly what a local check runs and names no hidden test. Everything else (limits,
 * rules, timing checks) stays as the grader uses it, so a check in the kit scores what
 * {@code ./grader check} scores in the project.
 */
final class KitDescriptor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KitDescriptor() {
    }

    static byte[] publicOnly(Path descriptorFile) {
        try {
            ObjectNode descriptor = (ObjectNode) JSON.readTree(descriptorFile.toFile());
            ArrayNode publicTests = JSON.createArrayNode();
            Set<String> publicClasses = new HashSet<>();
            for (JsonNode test : descriptor.path("tests")) {
                if (isPublic(test)) {
                    publicTests.add(test);
                    publicClasses.add(test.path("class").asText());
                }
            }
            descriptor.set("tests", publicTests);
            for (JsonNode timing : descriptor.path("timing")) {
                if (timing.has("needs")) {
                    ArrayNode publicNeeds = JSON.createArrayNode();
                    timing.path("needs").forEach(testId -> {
                        if (publicClasses.contains(testId.asText().split("#", 2)[0])) {
                            publicNeeds.add(testId);
                        }
                    });
                    ((ObjectNode) timing).set("needs", publicNeeds);
                }
            }
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(descriptor) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the descriptor " + descriptorFile, e);
        }
    }

    /** Read as the catalog reads it (case-insensitive), so a test it grades as public is kept, and only that. */
    private static boolean isPublic(JsonNode test) {
        return test.path("visibility").asText("").toUpperCase(Locale.ROOT).equals(Visibility.PUBLIC.name());
    }
}
