package grader.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitWriterTest {

    private static final List<KitEntry> ENTRIES = List.of(entry("grader", "#!/bin/sh\n", true),
            entry("exercises/x/README.md", "statement", false));
    /** A file, then a file inside it: the second write fails, after the first succeeded. */
    private static final List<KitEntry> FAILING = List.of(entry("a", "file", false), entry("a/b", "inside a file", false));

    @TempDir
    Path temp;

    @Test
    void writesAFolder() throws IOException {
        Path out = temp.resolve("kit");
        KitWriter.write(ENTRIES, out);
        assertEquals("statement", Files.readString(out.resolve("exercises/x/README.md")));
        assertTrue(Files.isExecutable(out.resolve("grader")));
        assertEquals(List.of("kit"), namesIn(temp), "no temporary folder is left beside the kit");
    }

    @Test
    void writesIntoAnEmptyFolder() throws IOException {
        Path out = Files.createDirectory(temp.resolve("kit"));
        KitWriter.write(ENTRIES, out);
        assertTrue(Files.isRegularFile(out.resolve("grader")));
    }

    @Test
    void refusesAFolderThatHoldsFilesAndLeavesItAlone() throws IOException {
        Path out = Files.createDirectory(temp.resolve("kit"));
        Files.writeString(out.resolve("mine.txt"), "keep me");
        assertThrows(InvalidInputException.class, () -> KitWriter.write(ENTRIES, out));
        assertEquals(List.of("mine.txt"), namesIn(out));
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        assertThrows(InvalidInputException.class, () -> KitWriter.requireUsable(temp.resolve("missing/kit.zip")));
    }

    @Test
    void refusesAZipNameThatIsAFolder() throws IOException {
        Path out = Files.createDirectory(temp.resolve("kit.zip"));
        assertThrows(InvalidInputException.class, () -> KitWriter.requireUsable(out));
    }

    @Test
    void writesAZipAndReplacesAnOldOne() throws IOException {
        Path zip = temp.resolve("kit.zip");
        Files.writeString(zip, "an old kit");
        KitWriter.write(ENTRIES, zip);
        try (FileSystem kit = FileSystems.newFileSystem(zip)) {
            assertArrayEquals("statement".getBytes(StandardCharsets.UTF_8),
                    Files.readAllBytes(kit.getPath("exercises/x/README.md")));
        }
        assertEquals(List.of("kit.zip"), namesIn(temp));
    }

    @Test
    void aFailedZipLeavesNothing() throws IOException {
        Path zip = temp.resolve("kit.zip");
        assertThrows(UncheckedIOException.class, () -> KitWriter.write(FAILING, zip));
        assertEquals(List.of(), namesIn(temp));
    }

    @Test
    void aFailedFolderLeavesNothing() throws IOException {
        assertThrows(UncheckedIOException.class, () -> KitWriter.write(FAILING, temp.resolve("kit")));
        assertEquals(List.of(), namesIn(temp));
    }

    @Test
    void aKitPathMustStayInsideTheKit() {
        assertThrows(IllegalArgumentException.class, () -> entry("../outside", "", false));
        assertThrows(IllegalArgumentException.class, () -> entry("/etc/passwd", "", false));
    }

    private static KitEntry entry(String path, String text, boolean executable) {
        return new KitEntry(path, text.getBytes(StandardCharsets.UTF_8), executable);
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
