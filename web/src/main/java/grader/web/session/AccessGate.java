package grader.web.session;

import grader.web.account.Account;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that decides who a request comes from and whether it may go on; runs before
 * every handler. A browser is known by its session cookie, the command line by a bearer API
 * token. Anonymous requests reach only the login page and static assets; {@code /instructor/…}
 * refuses everyone but staff (instructors and teaching assistants), and of it the routes that
 * change the course ({@link #INSTRUCTOR_ONLY}: deadlines and late policy, extensions, accounts,
 * the roster, regrading every submission) refuse assistants too; every state-changing browser
 * request must carry its session's CSRF token (a bearer token cannot be sent by another site, so
 * API calls need none). What a student may see of a single submission is the handlers' check
 * ({@link #requireOwnerOrStaff}).
 *
 * <p>Thread-safe: every request thread runs it; it keeps no state of its own, and a request's
 * account and session are attributes of that request.
 */
public final class AccessGate {

    public static final String SESSION_COOKIE = "grader_session";
    public static final String CSRF_FIELD = "_csrf";
    private static final String ACCOUNT = "grader.account";
    private static final String SESSION = "grader.session";
    private static final List<String> PUBLIC_PREFIXES = List.of("/login", "/webjars/", "/static/", "/favicon.ico", "/api/tokens");

    /**
     * What only instructors may do, whatever the method: the course's terms, its people, and
     * regrading every submission of an exercise. Assistants see the rest and grade by hand. Each
     * pattern takes what may follow its path, a trailing slash too (the router ignores one).
     */
    private static final List<Pattern> INSTRUCTOR_ONLY = List.of(
            Pattern.compile("/instructor/roster(/.*)?"),
            Pattern.compile("/instructor/accounts(/.*)?"),
            Pattern.compile("/instructor/exercises/[^/]+/(terms|extensions|regrade)(/.*)?"));

    private final SessionStore sessions;

    public AccessGate(SessionStore sessions) {
        this.sessions = sessions;
    }

    public void check(Context ctx) {
        String path = ctx.path();
        Optional<Account> account = identify(ctx);
        if (PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)) {
            return;
        }
        boolean api = path.startsWith("/api/");
        if (account.isEmpty()) {
            if (api || ctx.method() != HandlerType.GET) {
                throw new UnauthorizedResponse("Log in first: this needs an account.");
            }
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
            return;
        }
        if (path.startsWith("/instructor") && !account.get().isStaff()) {
            throw new ForbiddenResponse("This page is for instructors and teaching assistants only.");
        }
        if (!account.get().isInstructor() && INSTRUCTOR_ONLY.stream().anyMatch(only -> only.matcher(path).matches())) {
            throw new ForbiddenResponse("Only an instructor may change this; a teaching assistant sees it and grades by hand.");
        }
        Session session = ctx.attribute(SESSION);
        if (session != null && isStateChanging(ctx)) {
            String given = Optional.ofNullable(ctx.header("X-CSRF-Token")).orElseGet(() -> ctx.formParam(CSRF_FIELD));
            if (!Tokens.same(session.csrfToken(), given)) {
                throw new ForbiddenResponse("The form's security token is missing or stale; reload the page and try again.");
            }
        }
    }

    private Optional<Account> identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            Optional<Account> account = sessions.findByApiToken(authorization.substring("Bearer ".length()).trim());
            if (account.isEmpty()) {
                throw new UnauthorizedResponse("The API token is not valid; run ./grader login again.");
            }
            ctx.attribute(ACCOUNT, account.get());
            return account;
        }
        Optional<Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        session.ifPresent(found -> {
            ctx.attribute(SESSION, found);
            ctx.attribute(ACCOUNT, found.account());
        });
        return session.map(Session::account);
    }

    private static boolean isStateChanging(Context ctx) {
        HandlerType method = ctx.method();
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    /** The account the gate let through; handlers behind the gate always have one. */
    public static Account account(Context ctx) {
        Account account = ctx.attribute(ACCOUNT);
        if (account == null) {
            throw new UnauthorizedResponse("Log in first: this needs an account.");
        }
        return account;
    }

    /** The browser session, for the CSRF token forms carry; empty for API calls. */
    public static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    /**
     * Refuses a student who is not {@code ownerId}; staff see every submission. The refusal reads
     * "not found", the same as for a submission that does not exist, so students cannot probe for
     * others' submissions.
     */
    public static void requireOwnerOrStaff(Context ctx, long ownerId) {
        Account account = account(ctx);
        if (!account.isStaff() && account.id() != ownerId) {
            throw new NotFoundResponse("There is no such submission.");
        }
    }
}
