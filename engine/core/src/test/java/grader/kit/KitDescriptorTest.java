package grader.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitDescriptorTest {

    @TempDir
    Path temp;

    @Test
    void keepsThePublicTestsAndEverythingElseAndDropsTheRest() throws IOException {
        Path descriptor = temp.resolve("exercise.json");
        Files.writeString(descriptor, """
                { "id": "x", "limits": { "heapMegabytes": 256 },
                  "tests": [
                    { "class": "x.SeenTest", "visibility": "public", "points": { "a": 1 } },
                    { "class": "x.SecretTest", "visibility": "hidden", "points": { "b": 1 } },
                    { "class": "x.ShoutedTest", "visibility": "PUBLIC", "points": { "c": 1 } } ],
                  "timing": [ { "name": "Speedup", "workload": "x.Load" } ] }
                """);
        String kept = new String(KitDescriptor.publicOnly(descriptor), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(kept);
        assertEquals(2, json.get("tests").size());
        assertEquals("x.SeenTest", json.get("tests").get(0).get("class").asText());
        assertEquals("x.ShoutedTest", json.get("tests").get(1).get("class").asText());
        assertFalse(kept.contains("SecretTest"));
        assertEquals(256, json.get("limits").get("heapMegabytes").asInt());
        assertEquals("x.Load", json.get("timing").get(0).get("workload").asText());
    }
}
