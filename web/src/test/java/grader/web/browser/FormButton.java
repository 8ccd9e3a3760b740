package grader.web.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pressing a form's button and waiting for the server's answer: the click returns before that page
 * has loaded, and a test that looks at once sees the old page.
 */
final class FormButton {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(10);

    private FormButton() {
    }

    /** Clicks {@code button} and waits until the page it was on is gone and the answer has loaded. */
    static void press(WebDriver browser, By button) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.pressedOnThisPage = true;");
        browser.findElement(button).click();
        // While the page is being replaced, Chromium may answer a script with an error about the
        // old document; that is the navigation under way, so the wait asks again.
        new WebDriverWait(browser, PAGE_LOAD).ignoring(WebDriverException.class).until(driver -> Boolean.TRUE.equals(script.executeScript(
                "return window.pressedOnThisPage === undefined && document.readyState === 'complete';")));
    }
}
