package grader.web.source;

import grader.api.model.SubmittedSource;
import java.util.ArrayList;
import java.util.List;

/**
 * One submitted file as its page lists it: numbered lines, each with the anchor
 * ({@code L14}) that links to it. Immutable.
 */
public record SourceListing(String name, String origin, List<Line> lines) {

    public SourceListing {
        lines = List.copyOf(lines);
    }

    /** A line of the file, numbered from 1. */
    public record Line(int number, String text) {

        public String anchor() {
            return SourceListing.anchor(number);
        }
    }

    public static SourceListing of(SubmittedSource file) {
        List<Line> lines = new ArrayList<>();
        for (String text : lines(file.text())) {
            lines.add(new Line(lines.size() + 1, text));
        }
        return new SourceListing(file.name(), file.origin(), lines);
    }

    /** The element id of line {@code number} on a source page, the part after {@code #} in links to it. */
    public static String anchor(int number) {
        return "L" + number;
    }

    /** A file's lines as editors and javac count them (a line break is \n, \r\n or \r). */
    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
