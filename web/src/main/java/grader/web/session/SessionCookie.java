package grader.web.session;

import io.javalin.http.Context;

/**
 * Writes the session cookie with secure settings: HttpOnly (no script reads it), SameSite=Strict
 * (no other site's request carries it), Path=/, and Secure unless the server was told it runs on
 * plain HTTP away from localhost (browsers treat http://localhost as secure, so Secure works there).
 * Immutable, so every request thread shares one.
 */
public final class SessionCookie {

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    public void set(Context ctx, String name, String value, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }

    public void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }
}
