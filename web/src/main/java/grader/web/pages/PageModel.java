package grader.web.pages;

import grader.web.session.AccessGate;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** What every page's layout needs: who is logged in and the CSRF token its forms carry. */
final class PageModel {

    private PageModel() {
    }

    static Map<String, Object> of(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("me", AccessGate.account(ctx));
        model.put("csrf", AccessGate.session(ctx).map(session -> session.csrfToken()).orElse(""));
        model.put("csrfField", AccessGate.CSRF_FIELD);
        return model;
    }
}
