package grader.web.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import grader.api.model.SubmittedSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's file:line references become links to the source page only where the submission has that line. */
class SourceLinksTest {

    private static final SourceLinks LINKS = SourceLinks.of(7, List.of(
            new SubmittedSource("Bank.java", "src/exercise1/Bank.java", "package exercise1;\n\nclass Bank {\n}\n"),
            new SubmittedSource("Account.java", "Account.java", "a\r\nb\rc\n")));

    @Test
    void aReferenceToALineOfASubmittedFileLinksToThatLine() {
        LinkedText text = LINKS.link("at exercise1.Bank.transfer(Bank.java:3) and again Bank.java:4.");

        assertEquals(List.of(new LinkedText.Piece("at exercise1.Bank.transfer(", null),
                new LinkedText.Piece("Bank.java:3", "/submissions/7/source?file=Bank.java#L3"),
                new LinkedText.Piece(") and again ", null),
                new LinkedText.Piece("Bank.java:4", "/submissions/7/source?file=Bank.java#L4"),
                new LinkedText.Piece(".", null)), text.pieces());
        assertEquals("at exercise1.Bank.transfer(Bank.java:3) and again Bank.java:4.", text.text());
    }

    @Test
    void theDeadlockDiagnosisLinksWhereEachThreadIsBlocked() {
        LinkedText text = LINKS.link("Thread \"transfer a->b\" is blocked in Bank.transfer (Bank.java:2), waiting for the lock of Account@cc285f4");

        assertEquals(new LinkedText.Piece("Bank.java:2", "/submissions/7/source?file=Bank.java#L2"), text.pieces().get(1));
    }

    @Test
    void referencesToOtherFilesOrLinesPastTheEndStayText() {
        for (String text : List.of("at java.base/Thread.run(Thread.java:840)", "Bank.java:5 is past the end",
                "Bank.java:0", "MyBank.java:2 is another file", "no reference at all")) {
            assertEquals(List.of(new LinkedText.Piece(text, null)), LINKS.link(text).pieces(), text);
        }
        assertEquals(List.of(), LINKS.link("").pieces());
    }

    @Test
    void linesAreCountedAsJavacCountsThem() {
        assertEquals("/submissions/7/source?file=Account.java#L3", LINKS.href("Account.java:3"), "\\r\\n, \\r and \\n each end a line");
        assertNull(LINKS.href("Account.java:4"));
    }

    @Test
    void aStepsLocationLinksOnlyWhenItIsWhollyAReference() {
        assertEquals("/submissions/7/source?file=Bank.java#L1", LINKS.href("Bank.java:1"));
        assertNull(LINKS.href(""));
        assertNull(LINKS.href(null));
        assertNull(LINKS.href("near Bank.java:1"));
        assertNull(SourceLinks.none().href("Bank.java:1"));
    }
}
