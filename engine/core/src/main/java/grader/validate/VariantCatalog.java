package grader.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an exercise's {@code solutions/EXERCISE/variants.json}. */
public final class VariantCatalog {

    private VariantCatalog() {
    }

    public static List<Variant> load(Path solutionsFolder, String exerciseId) {
        Path file = solutionsFolder.resolve(exerciseId).resolve("variants.json");
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("There are no solution variants for " + exerciseId + " (" + file + " is missing).");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<Variant> variants = new ArrayList<>();
            for (JsonNode variant : root.get("variants")) {
                List<String> mustFail = new ArrayList<>();
                variant.path("mustFail").forEach(item -> mustFail.add(item.asText()));
                String name = variant.get("path").asText();
                variants.add(new Variant(name, file.getParent().resolve(name), variant.get("expect").asText().equals("full"),
                        variant.path("description").asText(""), mustFail));
            }
            return variants;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(file + " is not a valid variants file: " + e.getMessage(), e);
        }
    }
}
