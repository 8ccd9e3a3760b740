package grader.web.pages;

import grader.web.account.Account;
import grader.web.session.AccessGate;
import grader.web.session.LoginThrottle;
import grader.web.session.SessionCookie;
import grader.web.session.SessionStore;
import grader.web.session.Tokens;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Logging in and out. The login form has no session yet, so it is protected from cross-site
 * posting by a double-submit token: a random cookie that the form must repeat. Repeated failures
 * wait, then lock out ({@link LoginThrottle}); the form then says when to try again.
 */
public final class LoginPages {

    private static final String LOGIN_CSRF_COOKIE = "grader_login_csrf";
    /** Proof that this browser logged in before, so that others' failed guesses do not lock it out ({@link LoginThrottle}). */
    private static final String DEVICE_COOKIE = "grader_device";
    private static final Duration DEVICE_COOKIE_LIFETIME = Duration.ofDays(180);

    private final LoginThrottle throttle;
    private final SessionStore sessions;
    private final SessionCookie cookies;
    private final Templates templates;

    public LoginPages(LoginThrottle throttle, SessionStore sessions, SessionCookie cookies, Templates templates) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.cookies = cookies;
        this.templates = templates;
    }

    public void form(Context ctx) {
        showForm(ctx, null, HttpStatus.OK);
    }

    public void login(Context ctx) {
        String expected = ctx.cookie(LOGIN_CSRF_COOKIE);
        if (expected == null || !Tokens.same(expected, ctx.formParam(AccessGate.CSRF_FIELD))) {
            showForm(ctx, "The login form had expired; please log in again.", HttpStatus.FORBIDDEN);
            return;
        }
        String username = ctx.formParam("username");
        LoginThrottle.Attempt attempt = throttle.attempt(username, ctx.formParam("password"), ctx.ip(), ctx.cookie(DEVICE_COOKIE));
        if (attempt instanceof LoginThrottle.Attempt.Locked locked) {
            ctx.header("Retry-After", Long.toString(locked.retryAfterSeconds()));
            showForm(ctx, locked.message(), HttpStatus.TOO_MANY_REQUESTS);
        } else if (attempt instanceof LoginThrottle.Attempt.Granted granted) {
            Account account = granted.account();
            cookies.set(ctx, AccessGate.SESSION_COOKIE, sessions.open(account), SessionStore.SESSION_LIFETIME.toSeconds());
            cookies.set(ctx, DEVICE_COOKIE, throttle.deviceProof(account.username()), DEVICE_COOKIE_LIFETIME.toSeconds());
            cookies.clear(ctx, LOGIN_CSRF_COOKIE);
            ctx.redirect(account.isStaff() ? "/instructor" : "/exercises");
        } else {
            showForm(ctx, "The username or password is wrong.", HttpStatus.UNAUTHORIZED);
        }
    }

    public void logout(Context ctx) {
        sessions.close(ctx.cookie(AccessGate.SESSION_COOKIE));
        cookies.clear(ctx, AccessGate.SESSION_COOKIE);
        ctx.redirect("/login");
    }

    private void showForm(Context ctx, String error, HttpStatus status) {
        // Reuse the browser's token: a second login page loaded meanwhile (another tab, or the
        // favicon request redirected here) must not invalidate the form already shown.
        String existing = ctx.cookie(LOGIN_CSRF_COOKIE);
        String token = existing != null && existing.length() >= 40 ? existing : Tokens.random();
        cookies.set(ctx, LOGIN_CSRF_COOKIE, token, 3600);
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", token);
        model.put("csrfField", AccessGate.CSRF_FIELD);
        model.put("error", error);
        model.put("username", ctx.formParam("username"));
        ctx.status(status).html(templates.render("login", model));
    }
}
