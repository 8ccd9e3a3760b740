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
        List<RosterImport.Imported> imported = roster.importCsv("\uFEFFName,Username,Password\r\n\"Doe, Jane\",jane,jane-secret\r\nJohn,john,\r\n\r\n",
                RosterImport.ForExisting.SKIP).created();
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
    void badLinesImportNoOneAndEachIsNamedByItsNumber() {
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> roster.importCsv("username,name,role\nann,Ann,\nbad name,Bad,\ncy,Cy,dean\nann,Ann again,\n", RosterImport.ForExisting.SKIP));
        assertEquals("Line 3 of the roster: A username is 1 to 64 letters, digits or . _ @ -, not 'bad name'."
                + " Line 4 of the roster: the role is student or assistant (ta), not 'dean'."
                + " Line 5 of the roster: the username 'ann' appears twice."
                + " Nothing was imported; fix these lines and import the file again.", bad.getMessage());
        assertThrows(InvalidInputException.class, () -> roster.importCsv("email,name\na@b,A\n", RosterImport.ForExisting.SKIP));
        assertEquals(0, accounts.everyone().size());
    }

    @Test
    void importingAgainAddsTheNewAndReportsTheExistingByLine() {
        accounts.create("taken", "Old Name", Role.STUDENT, "password-123");
        RosterImport.Result skipped = roster.importCsv("username,name\nann,Ann\ntaken,New Name\n", RosterImport.ForExisting.SKIP);
        assertEquals(List.of("ann"), skipped.created().stream().map(RosterImport.Imported::username).toList());
        assertEquals(List.of(new RosterImport.Existing(3, "taken", false)), skipped.existing());
        assertEquals("Old Name", accounts.find("taken").orElseThrow().displayName());
        assertTrue(accounts.authenticate("taken", "password-123").isPresent(), "the password stays");

        RosterImport.Result renamed = roster.importCsv("username,name\nann,Ann B\ntaken,New Name\nbea,Bea\n", RosterImport.ForExisting.UPDATE_NAMES);
        assertEquals(List.of("bea"), renamed.created().stream().map(RosterImport.Imported::username).toList());
        assertEquals(List.of(new RosterImport.Existing(2, "ann", true), new RosterImport.Existing(3, "taken", true)), renamed.existing());
        assertEquals("New Name", accounts.find("taken").orElseThrow().displayName());
        assertEquals(3, accounts.students().size());
    }

    @Test
    void theRoleColumnCreatesTeachingAssistants() {
        roster.importCsv("username,name,role\ntess,Tess,assistant\ntom,Tom,TA\nsam,Sam,\n", RosterImport.ForExisting.SKIP);
        assertEquals(Role.ASSISTANT, accounts.find("tess").orElseThrow().role());
        assertEquals(Role.ASSISTANT, accounts.find("tom").orElseThrow().role());
        assertEquals(Role.STUDENT, accounts.find("sam").orElseThrow().role());
    }
}
