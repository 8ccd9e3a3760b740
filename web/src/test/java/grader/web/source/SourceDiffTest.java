package grader.web.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import grader.api.model.SubmittedSource;
import grader.web.source.SourceDiff.FileChange;
import grader.web.source.SourceDiff.LineChange;
import grader.web.source.SourceDiff.Row;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Two submissions' files compared line by line, with long unchanged runs folded. */
class SourceDiffTest {

    @Test
    void aChangedLineIsRemovedAndAddedWithItsNumbersOnEachSide() {
        SourceDiff diff = SourceDiff.of("Bank.java", "a\nb\nc\n", "a\nB\nc\nd\n");

        assertEquals(FileChange.CHANGED, diff.change());
        assertEquals(2, diff.added());
        assertEquals(1, diff.removed());
        assertEquals(List.of(new Row(LineChange.SAME, 1, 1, "a", 1), new Row(LineChange.REMOVED, 2, null, "b", 1),
                new Row(LineChange.ADDED, null, 2, "B", 1), new Row(LineChange.SAME, 3, 3, "c", 1),
                new Row(LineChange.ADDED, null, 4, "d", 1)), diff.rows());
    }

    @Test
    void unchangedLinesFarFromAChangeAreFoldedIntoOneRow() {
        String before = lines(1, 20);
        String after = before.replace("line 10\n", "line ten\n");

        List<Row> rows = SourceDiff.of("Bank.java", before, after).rows();

        assertEquals(new Row(LineChange.FOLDED, 1, 1, "", 6), rows.get(0), "lines 1-6 are more than 3 from line 10");
        assertEquals(List.of(7, 8, 9), rows.subList(1, 4).stream().map(Row::oldNumber).toList());
        assertEquals(LineChange.REMOVED, rows.get(4).change());
        assertEquals(LineChange.ADDED, rows.get(5).change());
        assertEquals(List.of(11, 12, 13), rows.subList(6, 9).stream().map(Row::newNumber).toList());
        assertEquals(new Row(LineChange.FOLDED, 14, 14, "", 7), rows.get(9));
        assertEquals(10, rows.size());
    }

    @Test
    void filesOfOnlyOneSubmissionAreAddedOrRemovedAndEqualOnesHaveNoRows() {
        List<SourceDiff> diffs = SourceDiff.between(
                List.of(file("Bank.java", "same\n"), file("Old.java", "x\n")),
                List.of(file("Bank.java", "same\n"), file("New.java", "y\nz\n")));

        assertEquals(List.of("Bank.java", "New.java", "Old.java"), diffs.stream().map(SourceDiff::name).toList());
        assertEquals(List.of(FileChange.UNCHANGED, FileChange.ADDED, FileChange.REMOVED),
                diffs.stream().map(SourceDiff::change).toList());
        assertEquals(List.of(), diffs.get(0).rows());
        assertEquals(2, diffs.get(1).added());
        assertEquals(1, diffs.get(2).removed());
    }

    private static SubmittedSource file(String name, String text) {
        return new SubmittedSource(name, name, text);
    }

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> "line " + n + "\n").collect(Collectors.joining());
    }
}
