package grader.web.source;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import grader.api.model.SubmittedSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one file changed from an older submission to a newer one, line by line (the diff is
 * java-diff-utils'): the changed lines with a few unchanged ones around them, longer unchanged
 * runs folded into one row that says how many lines it stands for. Each row says in a word
 * what happened to its line, so that the page does not tell it by colour alone. Immutable.
 */
public record SourceDiff(String name, FileChange change, int added, int removed, List<Row> rows) {

    /** Unchanged lines kept on each side of a change. */
    static final int CONTEXT = 3;

    public SourceDiff {
        rows = List.copyOf(rows);
    }

    /** What happened to the file as a whole. */
    public enum FileChange {
        ADDED, REMOVED, CHANGED, UNCHANGED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What happened to one line; {@code FOLDED} stands for {@code count} unchanged lines not shown. */
    public enum LineChange {
        ADDED, REMOVED, SAME, FOLDED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A row of the diff: the line's numbers in the older and newer file (null where it is not in one), its text. */
    public record Row(LineChange change, Integer oldNumber, Integer newNumber, String text, int count) {
    }

    /** The diffs of every file of either submission: the newer's files in their order, then those it dropped. */
    public static List<SourceDiff> between(List<SubmittedSource> older, List<SubmittedSource> newer) {
        Map<String, String> before = texts(older);
        Map<String, String> after = texts(newer);
        List<SourceDiff> diffs = new ArrayList<>();
        after.forEach((name, text) -> diffs.add(of(name, before.get(name), text)));
        before.forEach((name, text) -> {
            if (!after.containsKey(name)) {
                diffs.add(of(name, text, null));
            }
        });
        return diffs;
    }

    private static Map<String, String> texts(List<SubmittedSource> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach(file -> texts.put(file.name(), file.text()));
        return texts;
    }

    /** The diff of one file; {@code before} or {@code after} is null where that submission has no such file. */
    static SourceDiff of(String name, String before, String after) {
        List<String> old = before == null ? List.of() : SourceListing.lines(before);
        List<String> now = after == null ? List.of() : SourceListing.lines(after);
        List<Row> all = new ArrayList<>();
        int oldLine = 0;
        int newLine = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            while (oldLine < delta.getSource().getPosition()) {
                all.add(new Row(LineChange.SAME, oldLine + 1, newLine + 1, old.get(oldLine), 1));
                oldLine++;
                newLine++;
            }
            for (String text : delta.getSource().getLines()) {
                all.add(new Row(LineChange.REMOVED, ++oldLine, null, text, 1));
            }
            for (String text : delta.getTarget().getLines()) {
                all.add(new Row(LineChange.ADDED, null, ++newLine, text, 1));
            }
        }
        while (oldLine < old.size()) {
            all.add(new Row(LineChange.SAME, oldLine + 1, newLine + 1, old.get(oldLine), 1));
            oldLine++;
            newLine++;
        }
        int added = (int) all.stream().filter(row -> row.change() == LineChange.ADDED).count();
        int removed = (int) all.stream().filter(row -> row.change() == LineChange.REMOVED).count();
        FileChange change = before == null ? FileChange.ADDED : after == null ? FileChange.REMOVED
                : added + removed == 0 ? FileChange.UNCHANGED : FileChange.CHANGED;
        return new SourceDiff(name, change, added, removed, change == FileChange.UNCHANGED ? List.of() : folded(all));
    }

    /** The rows with every unchanged line further than {@link #CONTEXT} from a change folded away. */
    private static List<Row> folded(List<Row> all) {
        boolean[] keep = new boolean[all.size()];
        for (int index = 0; index < all.size(); index++) {
            if (all.get(index).change() != LineChange.SAME) {
                for (int near = Math.max(0, index - CONTEXT); near <= Math.min(all.size() - 1, index + CONTEXT); near++) {
                    keep[near] = true;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int index = 0;
        while (index < all.size()) {
            if (keep[index]) {
                rows.add(all.get(index++));
                continue;
            }
            int start = index;
            while (index < all.size() && !keep[index]) {
                index++;
            }
            Row first = all.get(start);
            rows.add(new Row(LineChange.FOLDED, first.oldNumber(), first.newNumber(), "", index - start));
        }
        return rows;
    }
}
