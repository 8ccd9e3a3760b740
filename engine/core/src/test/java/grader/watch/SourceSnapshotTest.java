package grader.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSnapshotTest {

    @TempDir
    Path code;

    private SourceSnapshot before;

    @BeforeEach
    void writeAStarter() throws IOException {
        Files.createDirectories(code.resolve("exercise1"));
        Files.writeString(code.resolve("exercise1/Bank.java"), "class Bank {}");
        before = SourceSnapshot.of(code);
    }

    @Test
    void anEditedSourceChangesIt() throws IOException {
        Files.writeString(code.resolve("exercise1/Bank.java"), "class Bank { int x; }");
        assertNotEquals(before, SourceSnapshot.of(code));
    }

    @Test
    void aNewSourceChangesIt() throws IOException {
        Files.writeString(code.resolve("exercise1/Account.java"), "class Account {}");
        assertNotEquals(before, SourceSnapshot.of(code));
    }

    @Test
    void aDeletedSourceChangesIt() throws IOException {
        Files.delete(code.resolve("exercise1/Bank.java"));
        assertNotEquals(before, SourceSnapshot.of(code));
    }

    @Test
    void savingTheSameTextOrAnyOtherFileDoesNot() throws IOException {
        Files.writeString(code.resolve("exercise1/Bank.java"), "class Bank {}");
        Files.writeString(code.resolve("notes.txt"), "todo");
        Files.createDirectories(code.resolve("target"));
        Files.writeString(code.resolve("target/Bank.class"), "compiled");
        assertEquals(before, SourceSnapshot.of(code));
    }

    @Test
    void aZipIsWatchedAsOneFile() throws IOException {
        Path zip = Files.writeString(code.resolve("submission.zip"), "zip bytes");
        SourceSnapshot first = SourceSnapshot.of(zip);
        Files.writeString(zip, "other zip bytes");
        assertNotEquals(first, SourceSnapshot.of(zip));
    }

    @Test
    void aMissingFolderHasNoSources() {
        assertEquals(0, SourceSnapshot.of(code.resolve("missing")).digests().size());
    }
}
