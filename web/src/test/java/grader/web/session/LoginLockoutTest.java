package grader.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import grader.web.account.Role;
import grader.web.submission.RateLimit;
import grader.web.testing.FakeGrader;
import grader.web.testing.MovableClock;
import grader.web.testing.TestServer;
import grader.web.testing.WebClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords over HTTP, on a server whose clock the test moves: failures slow down and then
 * lock out the account and the address, the page says when to try again, the lock holds even for
 * the right password, a browser that logged in before is not locked out by others' guesses, and
 * the right password works once the wait is over.
 */
class LoginLockoutTest {

    private final MovableClock clock = new MovableClock();
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(new FakeGrader(0, 0), 0, RateLimit.standard(), clock);
        server.account("alice", Role.STUDENT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fiftyWrongPasswordsLockTheAccountUntilTheWaitIsOver() {
        WebClient alicesLaptop = new WebClient(server.url());
        assertEquals(302, alicesLaptop.login("alice", TestServer.PASSWORD).statusCode());

        WebClient guesser = new WebClient(server.url());
        int wrong = 0;
        int locked = 0;
        String lockedPage = "";
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> response = guesser.login("alice", "guess-" + i);
            if (response.statusCode() == 401) {
                wrong++;
                assertTrue(response.body().contains("The username or password is wrong."));
            } else {
                assertEquals(429, response.statusCode(), response.body());
                locked++;
                lockedPage = response.body();
                assertEquals("1", response.headers().firstValue("Retry-After").orElse(""));
            }
        }
        assertEquals(LoginThrottle.ACCOUNT_FREE_FAILURES + 1, wrong, "the free failures, then the one that started the wait");
        assertEquals(50 - wrong, locked);
        assertTrue(lockedPage.contains("Too many failed logins: try again in 1 second, at "), lockedPage);
        assertTrue(lockedPage.contains("value=\"alice\""), "the form keeps the username");

        assertEquals(429, guesser.login("alice", TestServer.PASSWORD).statusCode(), "the lock holds even for the right password");
        HttpResponse<String> token = new WebClient(server.url()).send(HttpRequest.newBuilder(URI.create(server.url() + "/api/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=" + TestServer.PASSWORD)));
        assertEquals(429, token.statusCode(), "the token endpoint shares the lock");
        assertTrue(token.body().contains("\"error\":\"Too many failed logins: try again in"), token.body());

        alicesLaptop.postForm("/logout", Map.of());
        assertEquals(302, alicesLaptop.login("alice", TestServer.PASSWORD).statusCode(),
                "a browser that logged in before is not locked out by someone else's guesses");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(302, guesser.login("alice", TestServer.PASSWORD).statusCode(), "the right password works once the wait is over");
    }

    @Test
    void waitsDoubleAfterEachFurtherFailure() {
        WebClient guesser = new WebClient(server.url());
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
            assertEquals(401, guesser.login("alice", "guess-" + i).statusCode());
        }
        for (long wait = 1; wait <= 8; wait *= 2) {
            assertEquals(401, guesser.login("alice", "wrong").statusCode());
            HttpResponse<String> refused = guesser.login("alice", "wrong");
            assertEquals(429, refused.statusCode());
            assertEquals(Long.toString(wait), refused.headers().firstValue("Retry-After").orElse(""));
            clock.advance(Duration.ofSeconds(wait));
        }
    }

    @Test
    void guessesAtManyAccountsFromOneAddressLockTheAddress() {
        WebClient guesser = new WebClient(server.url());
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE_FAILURES + 1; i++) {
            assertEquals(401, guesser.login("student" + i, "guess").statusCode(), "each account's first failure is free");
        }
        HttpResponse<String> refused = guesser.login("alice", TestServer.PASSWORD);
        assertEquals(429, refused.statusCode());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(302, guesser.login("alice", TestServer.PASSWORD).statusCode());
    }

    @Test
    void waitsGrowToTheirCap() {
        assertEquals(Duration.ofSeconds(1), LoginThrottle.wait(1, LoginThrottle.ACCOUNT_CAP));
        assertEquals(Duration.ofSeconds(512), LoginThrottle.wait(10, LoginThrottle.ACCOUNT_CAP));
        assertEquals(LoginThrottle.ACCOUNT_CAP, LoginThrottle.wait(11, LoginThrottle.ACCOUNT_CAP));
        assertEquals(LoginThrottle.ADDRESS_CAP, LoginThrottle.wait(1_000, LoginThrottle.ADDRESS_CAP));
    }
}
