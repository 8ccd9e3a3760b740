package grader.web.source;

import grader.api.model.SubmittedSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a report's file:line references ({@code Bank.java:14}, as stack traces, the deadlock
 * diagnosis and the interleaving's steps write them) lead: to that line of the submission's
 * source page, when the submission has that file and the file that line. Any other reference
 * stays plain text. The one place that knows the source page's URLs. Immutable.
 */
public final class SourceLinks {

    /** A Java file name and a line number; the name is a whole word (no identifier character just before it). */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<!\\p{javaJavaIdentifierPart})(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*\\.java):(\\d{1,9})");

    private final long submissionId;
    private final Map<String, Integer> lineCounts;

    private SourceLinks(long submissionId, Map<String, Integer> lineCounts) {
        this.submissionId = submissionId;
        this.lineCounts = Map.copyOf(lineCounts);
    }

    /** Links into submission {@code submissionId}, whose files are {@code files}. */
    public static SourceLinks of(long submissionId, List<SubmittedSource> files) {
        Map<String, Integer> counts = new HashMap<>();
        files.forEach(file -> counts.put(file.name(), SourceListing.lines(file.text()).size()));
        return new SourceLinks(submissionId, counts);
    }

    /** Links nowhere: every reference stays text. */
    public static SourceLinks none() {
        return new SourceLinks(0, Map.of());
    }

    /** The source page of file {@code name}. */
    public static String page(long submissionId, String name) {
        return "/submissions/" + submissionId + "/source?file=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** {@code text} with each reference to a line of this submission's files a link. */
    public LinkedText link(String text) {
        List<LinkedText.Piece> pieces = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(text);
        int done = 0;
        while (reference.find()) {
            String href = href(reference.group(1), Integer.parseInt(reference.group(2)));
            if (href == null) {
                continue;
            }
            if (reference.start() > done) {
                pieces.add(new LinkedText.Piece(text.substring(done, reference.start()), null));
            }
            pieces.add(new LinkedText.Piece(reference.group(), href));
            done = reference.end();
        }
        if (done < text.length()) {
            pieces.add(new LinkedText.Piece(text.substring(done), null));
        }
        return new LinkedText(pieces);
    }

    /** Where a single reference such as an interleaving step's location leads; null if nowhere. */
    public String href(String location) {
        Matcher reference = REFERENCE.matcher(location == null ? "" : location);
        return reference.matches() ? href(reference.group(1), Integer.parseInt(reference.group(2))) : null;
    }

    private String href(String file, int line) {
        Integer count = lineCounts.get(file);
        if (count == null || line < 1 || line > count) {
            return null;
        }
        return page(submissionId, file) + "#" + SourceListing.anchor(line);
    }
}
