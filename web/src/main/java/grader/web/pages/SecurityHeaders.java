package grader.web.pages;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every response carries, so that a page put on the internet cannot be framed,
 * sniffed into another type, leak its URL to other sites, or run script that did not come from
 * this server's own files: the templates hold no inline script or style (the styles are
 * {@code /static/grader.css}, the scripts {@code /static/*.js} and the Chart.js webjar, data for
 * them in JSON data blocks). Set first, before the access gate, so refusals and errors carry them
 * too. Stateless.
 */
public final class SecurityHeaders {

    /** Header name to value; also given to the static files' handler. */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin");

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
