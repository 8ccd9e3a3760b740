package grader.web.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text from a report in pieces, some of which link to a line of the submitted source
 * ({@code href} null for plain text); a template prints each piece escaped. Immutable.
 */
public record LinkedText(List<Piece> pieces) {

    public LinkedText {
        pieces = List.copyOf(pieces);
    }

    /** A run of the text, and where it links to (null: nowhere). */
    public record Piece(String text, String href) {
    }

    public static LinkedText plain(String text) {
        return new LinkedText(text.isEmpty() ? List.of() : List.of(new Piece(text, null)));
    }

    /** The whole text, without links. */
    public String text() {
        return pieces.stream().map(Piece::text).collect(Collectors.joining());
    }

    public boolean isEmpty() {
        return pieces.isEmpty();
    }
}
