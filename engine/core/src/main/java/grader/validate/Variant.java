package grader.validate;

import java.nio.file.Path;
import java.util.List;

/**
 * A solution variant under {@code solutions/EXERCISE/} and what grading it must show: full marks
 * for a reference or another correct style; for a broken one, lost points, at least on the items
 * it names ({@code Class#method} or {@code timing:NAME}).
 */
public record Variant(String name, Path folder, boolean expectFull, String description, List<String> mustFail) {

    public Variant {
        mustFail = List.copyOf(mustFail);
    }
}
