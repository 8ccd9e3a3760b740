package grader.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.InvalidInputException;
import grader.web.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roster import: quoted CSV, generated passwords that log in, and all or nothing on a bad line. */
class RosterImportTest {

    private Database database;
    private AccountStore accounts;
    private RosterImport roster;

    @BeforeEach
    void open() throws IOException {
        database = Database.sqlite(Files.createTempDirectory("grader-roster"));
        accounts = new AccountStore(database.jdbi(), new PasswordHasher(4));
        roster = new RosterImport(database.jdbi(), accounts);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void importsStudentsAndGeneratesPasswordsThatWork() {
        List<RosterImport.Imported> imported = roster.importCsv("\uFEFFName,Username,Password\r\n\"Doe, Jane\",jane,jane-secret\r\nJohn,john,\r\n\r\n");
        assertEquals(2, imported.size());
        assertEquals("Doe, Jane", imported.get(0).displayName());
        assertNull(imported.get(0).generatedPassword());
        String generated = imported.get(1).generatedPassword();
        assertNotNull(generated);
        assertTrue(accounts.authenticate("john", generated).isPresent());
        assertTrue(accounts.authenticate("jane", "jane-secret").isPresent());
        assertTrue(accounts.authenticate("jane", "wrong").isEmpty());
    }

    @Test
    void oneBadLineImportsNoOneAndNamesTheLine() {
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> roster.importCsv("username,name\nann,Ann\nbad name,Bad\n"));
        assertTrue(bad.getMessage().startsWith("Line 3 of the roster: "), bad.getMessage());
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> roster.importCsv("username,name\nann,Ann\nann,Ann again\n"));
        assertEquals("Line 3 of the roster: the username 'ann' appears twice.", twice.getMessage());
        accounts.create("taken", "T", Role.STUDENT, "password-123");
        assertThrows(InvalidInputException.class, () -> roster.importCsv("username,name\nann,Ann\ntaken,T\n"));
        assertThrows(InvalidInputException.class, () -> roster.importCsv("email,name\na@b,A\n"));
        assertEquals(1, accounts.students().size(), "only the account made outside the imports");
    }
}
