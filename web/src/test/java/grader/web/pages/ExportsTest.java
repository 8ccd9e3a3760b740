package grader.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.TestJvm;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import grader.web.testing.Zips;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exports as their importers read them, over HTTP: a roster of three (alice on time, bob a day
 * late at 70% a day, carol with nothing submitted), each graded 7 of 10 by the stand-in grader; bob's
 * 7 × (1 − 0.7) is 2.1000000000000005 in binary arithmetic, and must leave the server as 2.1.
 * The gradebook CSV must hold the contract's columns first and every roster student; so must the
 * Gradescope zip, a results.json each, holding only the fields and types Gradescope's autograder
 * specification names (written out here from the specification, not taken from the code).
 */
class ExportsTest {

    /** Gradescope's results.json: top-level fields, and the fields of one test. */
    private static final Set<String> SPEC_TOP_LEVEL = Set.of("score", "execution_time", "output", "output_format",
            "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard");
    private static final Set<String> SPEC_TEST = Set.of("score", "max_score", "status", "name", "name_format", "number",
            "output", "output_format", "tags", "visibility", "extra_data");
    private static final Set<String> SPEC_VISIBILITY = Set.of("hidden", "after_due_date", "after_published", "visible");

    private static TestServer server;
    private static WebClient prof;

    @BeforeAll
    static void course() throws InterruptedException {
        server = TestServer.start(new FakeGrader(0, 0), 1, RateLimit.standard());
        server.account("prof", Role.INSTRUCTOR);
        prof = new WebClient(server.url());
        prof.login("prof", TestServer.PASSWORD);
        assertTrue(prof.postForm("/instructor/roster", Map.of("csv", "username,name,password\n"
                + "alice,Alice Liddell,alice-password\nbob,\"Bob, Jr.\",bob-password-1\ncarol,Carol,carol-password\n"))
                .body().contains("3 accounts created"));
        submitAndWait("alice", "alice-password");
        String due = LocalDateTime.now(ZoneOffset.UTC).minusHours(12).truncatedTo(ChronoUnit.MINUTES).toString();
        prof.get("/instructor/exercises/exercise4");
        assertEquals(200, prof.postForm("/instructor/exercises/exercise4/terms",
                Map.of("dueAt", due, "latePolicy", "penalty", "penaltyPercent", "70")).statusCode());
        submitAndWait("bob", "bob-password-1");
    }

    private static void submitAndWait(String username, String password) throws InterruptedException {
        WebClient student = new WebClient(server.url());
        student.login(username, password);
        student.get("/exercises/exercise4");
        String page = student.submit("exercise4", List.of(Map.entry("a.zip", Zips.parallelSum())));
        TestJvm.waitFor(() -> student.get(page).body().contains("id=\"score\""), 30);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theGradebookListsEveryRosterStudentWithTheContractsColumnsFirst() {
        HttpResponse<String> response = prof.get("/instructor/exercises/exercise4/gradebook.csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("student,score,max_score,speedup,status,name,late_days,penalty_percent,override_comment\r\n"
                + "alice,7,10,1.50,graded,Alice Liddell,0,0,\r\n"
                + "bob,2.10,10,1.50,graded,\"Bob, Jr.\",1,70,\r\n"
                // Nothing graded: the exercise's own points (24 in exercise4's descriptor), not the stand-in grader's 10.
                + "carol,0,24,,missing,Carol,0,0,\r\n", response.body());
        for (List<String> row : parseCsv(response.body()).subList(1, 4)) {
            assertEquals(9, row.size(), row.toString());
            for (int column : new int[] {1, 2, 6, 7}) {
                assertTrue(row.get(column).matches("\\d+(\\.\\d{1,2})?"), "a number to two decimals: " + row);
            }
        }
    }

    @Test
    void theApiRoundsScoresToTwoDecimals() {
        WebClient bob = new WebClient(server.url());
        bob.login("bob", "bob-password-1");
        String body = bob.get("/exercises/exercise4").body();
        String id = body.replaceAll("(?s).*href=\"/submissions/(\\d+)\".*", "$1");
        HttpResponse<String> api = bob.get("/api/submissions/" + id);
        assertTrue(api.body().contains("\"score\":2.1,"), api.body());
    }

    @Test
    void everyRosterStudentHasAResultsJsonInTheGradescopeZipHoldingOnlyTheSpecificationsFields() throws IOException {
        HttpResponse<byte[]> response = prof.download("/instructor/exercises/exercise4/gradescope.zip");
        assertEquals(200, response.statusCode());
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
        Map<String, JsonNode> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new ObjectMapper().readTree(zip.readAllBytes()));
            }
        }
        assertEquals(Set.of("alice/results.json", "bob/results.json", "carol/results.json"), files.keySet(), "one per roster student");
        files.values().forEach(ExportsTest::assertValidResults);
        assertEquals(7.0, files.get("alice/results.json").get("score").doubleValue());
        assertEquals(2, files.get("alice/results.json").get("tests").size(), "the graded report's tests");
        JsonNode bob = files.get("bob/results.json");
        assertEquals(2.1, bob.get("score").doubleValue(), "the gradebook's score, after the late penalty, to two decimals");
        assertTrue(bob.get("output").asText().startsWith("Submitted 1 day late: the score lost 70%."), bob.toString());
        assertEquals(70.0, bob.at("/extra_data/penalty_percent").doubleValue());
        assertEquals("fake-host", bob.at("/extra_data/host/name").asText(), "the grader's own fields move into extra_data");
        assertEquals("failed", bob.at("/tests/1/extra_data/outcome").asText());
        JsonNode carol = files.get("carol/results.json");
        assertEquals(0.0, carol.get("score").doubleValue(), "nothing submitted: 0 points, as in the gradebook CSV");
        assertEquals("No graded submission of exercise4 when this was exported, so the score is 0.", carol.get("output").asText());
        assertEquals("missing", carol.at("/extra_data/status").asText());
        assertEquals(24.0, carol.at("/extra_data/max_score").doubleValue(), "the exercise's own points");
        assertEquals(0, carol.get("tests").size());
    }

    /**
     * A results.json as Gradescope's specification has it: only its fields, each of its type
     * where present; the score is required, since the tests' scores do not add up to it.
     */
    private static void assertValidResults(JsonNode results) {
        assertTrue(results.isObject());
        results.fieldNames().forEachRemaining(name -> assertTrue(SPEC_TOP_LEVEL.contains(name), "not in the specification: " + name));
        assertTrue(results.get("score").isNumber(), results.toString());
        assertTrue(results.path("execution_time").isMissingNode() || results.get("execution_time").isNumber(), results.toString());
        assertTrue(results.get("output").isTextual(), "every results.json says something to the student: " + results);
        assertTrue(results.get("extra_data").isObject());
        assertTrue(results.get("tests").isArray());
        for (JsonNode test : results.get("tests")) {
            test.fieldNames().forEachRemaining(name -> assertTrue(SPEC_TEST.contains(name), "not in the specification's tests: " + name));
            assertTrue(test.get("name").isTextual());
            assertTrue(test.get("score").isNumber() && test.get("max_score").isNumber());
            assertTrue(Set.of("passed", "failed").contains(test.get("status").asText()), test.toString());
            assertTrue(test.get("output").isTextual());
            assertTrue(SPEC_VISIBILITY.contains(test.get("visibility").asText()), test.toString());
        }
    }

    /** RFC 4180 as an importer reads it: quoted fields may hold commas and doubled quotes. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    row.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
