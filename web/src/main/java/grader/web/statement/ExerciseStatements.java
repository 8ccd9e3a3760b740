package grader.web.statement;

import grader.api.GradingEngine;
import grader.api.model.ExerciseInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * An exercise's statement, its {@code exercises/ID/README.md}, as HTML for the student's exercise
 * page (commonmark-java, with GitHub's tables). Raw HTML in the Markdown is escaped and unsafe link
 * targets dropped, so the page's escaping of everything else still holds. The first heading, the
 * exercise's title, is left out (the page's own heading says it); its sections are the page's
 * second-level headings, beside "Submit" and "History", and any other first-level one joins them.
 * Thread-safe: rendered once per exercise, into a concurrent map; a statement changed on disk
 * shows after a restart.
 */
public final class ExerciseStatements {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final GradingEngine engine;
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    public ExerciseStatements(GradingEngine engine) {
        this.engine = engine;
    }

    /** The statement of {@code exercise} as HTML, or "" when the exercise has no README.md. */
    public String html(ExerciseInfo exercise) {
        return rendered.computeIfAbsent(exercise.id(), id -> render(engine.root().resolve("exercises").resolve(id).resolve("README.md")));
    }

    private String render(Path readme) {
        if (!Files.isRegularFile(readme)) {
            return "";
        }
        try {
            Node document = parser.parse(Files.readString(readme, StandardCharsets.UTF_8));
            if (document.getFirstChild() instanceof Heading title && title.getLevel() == 1) {
                title.unlink();
            }
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    heading.setLevel(Math.max(2, heading.getLevel()));
                    visitChildren(heading);
                }
            });
            return renderer.render(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + readme, e);
        }
    }
}
