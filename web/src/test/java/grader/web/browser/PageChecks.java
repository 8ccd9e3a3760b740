package grader.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import grader.pipeline.GraderHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every page of the browser tests must pass, at 1280 and 375 px wide (a laptop and a phone):
 * no sideways scrolling, the skip link first in the tab order, and no serious or critical
 * violation found by axe-core ({@link AxeCore}); with a screenshot at each width in
 * {@code web/target/screenshots/PREFIXNAME-WIDTH.png}. Each check leaves the window 1280 px wide,
 * as the tests' clicks expect it.
 */
final class PageChecks {

    static final int WIDE = 1280;
    private static final List<Integer> WIDTHS = List.of(WIDE, 375);
    private static final int HEIGHT = 900;
    private static final String SERIOUS_VIOLATIONS = "const done = arguments[arguments.length - 1];"
            + "axe.run(document).then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))));";

    private final ChromeDriver browser;
    private final String axe;
    private final Path screenshots;
    private final String prefix;

    private PageChecks(ChromeDriver browser, String axe, Path screenshots, String prefix) {
        this.browser = browser;
        this.axe = axe;
        this.screenshots = screenshots;
        this.prefix = prefix;
    }

    /** Checks for pages in {@code browser}, whose screenshots' names start with {@code prefix}. */
    static PageChecks in(ChromeDriver browser, String prefix) throws IOException, InterruptedException {
        Path target = GraderHome.fromSystemProperty().root().resolve("web/target");
        return new PageChecks(browser, AxeCore.script(target.resolve("axe-core")),
                Files.createDirectories(target.resolve("screenshots")), prefix);
    }

    /** Loads {@code url} at each width and checks it there. */
    void check(String name, String url) throws IOException {
        for (int width : WIDTHS) {
            resize(width);
            browser.get(url);
            checkAtThisWidth(name, width, null);
        }
        resize(WIDE);
    }

    /** Checks the page as it is now (a form's answer, a live page) at each width, without loading it again. */
    void inspect(String name) throws IOException {
        inspect(name, null);
    }

    /** As {@link #inspect(String)}, with {@code shown} scrolled into view for each screenshot. */
    void inspect(String name, WebElement shown) throws IOException {
        for (int width : WIDTHS) {
            resize(width);
            checkAtThisWidth(name, width, shown);
        }
        resize(WIDE);
    }

    private void resize(int width) {
        browser.manage().window().setSize(new Dimension(width, HEIGHT));
    }

    private void checkAtThisWidth(String name, int width, WebElement shown) throws IOException {
        String page = browser.getCurrentUrl();
        if (shown != null) {
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
        }
        Files.write(screenshots.resolve(prefix + name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), page + " scrolls sideways at " + width + " px");
        assertEquals("skip", browser.executeScript("return document.querySelector('a[href], button, input, select, textarea').className;"),
                page + ": the skip link comes first");
        browser.executeScript(axe);
        assertEquals(List.of(), browser.executeAsyncScript(SERIOUS_VIOLATIONS), page + " at " + width + " px");
    }
}
