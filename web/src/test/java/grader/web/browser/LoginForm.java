package grader.web.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging in and out in the browser through the pages' own forms, as a person does. */
final class LoginForm {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(10);

    private LoginForm() {
    }

    /** Logs in at the server at {@code base}, and waits for the page it leads to; fails with what the browser shows instead. */
    static void logIn(WebDriver browser, String base, String username, String password) {
        send(browser, base, username, password);
        try {
            new WebDriverWait(browser, PAGE_LOAD).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        } catch (TimeoutException e) {
            throw new AssertionError("logging in as " + username + " failed at " + browser.getCurrentUrl()
                    + "; the page says: " + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Sends the login form, and waits for its answer to load (a refusal is the form again, with the reason). */
    static void send(WebDriver browser, String base, String username, String password) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement button = browser.findElement(By.id("login"));
        button.click();
        new WebDriverWait(browser, PAGE_LOAD).until(ExpectedConditions.stalenessOf(button));
    }

    static void logOut(WebDriver browser) {
        browser.findElement(By.id("logout")).click();
        new WebDriverWait(browser, PAGE_LOAD).until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    }
}
