package grader.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Logging in and out in the browser through the pages' own forms, as a person does. */
final class LoginForm {

    private LoginForm() {
    }

    /** Logs in at the server at {@code base}; fails with what the browser shows instead of a logged-in page. */
    static void logIn(WebDriver browser, String base, String username, String password) {
        send(browser, base, username, password);
        if (browser.findElements(By.id("logout")).isEmpty()) {
            throw new AssertionError("logging in as " + username + " failed at " + browser.getCurrentUrl()
                    + "; the page says: " + browser.findElement(By.tagName("body")).getText());
        }
    }

    /** Sends the login form and waits for its answer (a refusal is the form again, with the reason). */
    static void send(WebDriver browser, String base, String username, String password) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        FormButton.press(browser, By.id("login"));
    }

    static void logOut(WebDriver browser) {
        FormButton.press(browser, By.id("logout"));
    }
}
