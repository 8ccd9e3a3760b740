package grader.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the package a Java source file declares, looking past comments. */
final class PackageDeclaration {

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile(
            "\\A\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*package\\s+([\\w\\s.]+?)\\s*;");

    private PackageDeclaration() {
    }

    /** The declared package, or empty for the default package. */
    static Optional<String> of(String source) {
        String code = COMMENTS.matcher(source.startsWith("\uFEFF") ? source.substring(1) : source).replaceAll(" ");
        Matcher matcher = PACKAGE.matcher(code);
        return matcher.find() ? Optional.of(matcher.group(1).replaceAll("\\s", "")) : Optional.empty();
    }
}
