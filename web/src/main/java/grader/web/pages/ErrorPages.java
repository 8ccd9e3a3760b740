package grader.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders a refusal or failure as one sentence: JSON for the API, a small page for browsers. */
public final class ErrorPages {

    private final Templates templates;

    public ErrorPages(Templates templates) {
        this.templates = templates;
    }

    public void render(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", message));
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("message", message);
        ctx.html(templates.render("error", model));
    }
}
