package grader.web;

import grader.InvalidInputException;
import grader.api.GradingEngine;
import grader.web.account.AccountStore;
import grader.web.account.PasswordHasher;
import grader.web.account.Role;
import grader.web.account.RosterImport;
import grader.web.db.Database;
import grader.web.deadline.TermsStore;
import grader.web.gradebook.CourseGradebook;
import grader.web.gradebook.ScoreOverrides;
import grader.web.pages.AccountPages;
import grader.web.pages.ApiRoutes;
import grader.web.pages.ErrorPages;
import grader.web.pages.Exports;
import grader.web.pages.InstructorPages;
import grader.web.pages.LoginPages;
import grader.web.pages.OverridePages;
import grader.web.pages.ProgressEvents;
import grader.web.pages.SecurityHeaders;
import grader.web.pages.SourcePages;
import grader.web.pages.StudentPages;
import grader.web.pages.SubmissionPages;
import grader.web.pages.Templates;
import grader.web.pages.WorkerPages;
import grader.web.queue.GradingQueue;
import grader.web.queue.QueueOverview;
import grader.web.queue.SubmissionGrader;
import grader.web.session.AccessGate;
import grader.web.session.LoginThrottle;
import grader.web.session.PasswordReset;
import grader.web.session.SessionCookie;
import grader.web.session.SessionStore;
import grader.web.statement.ExerciseStatements;
import grader.web.submission.SubmissionFiles;
import grader.web.submission.SubmissionReceiver;
import grader.web.submission.SubmissionSources;
import grader.web.submission.SubmissionStore;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The web front end, wired by hand: the database and stores, the grading queue and how it reaches
 * a grader ({@link Grading}: jobs of the job engine, for this server's workers and, on a shared
 * PostgreSQL, grading machines anywhere), the pages, and every route in one place ({@link #routes}). {@link #close} stops it
 * all in reverse order. The grader is passed in, so tests can grade with a fast stand-in.
 *
 * <p>Started by the caller's thread and closed once, often from another (a shutdown hook): its
 * fields are final, and what it closes is thread-safe.
 */
public final class WebApp implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WebApp.class.getName());
    /** Connections the kernel keeps waiting for the server to accept them (Linux caps it at net.core.somaxconn). */
    private static final int ACCEPT_QUEUE = 1024;
    /** The browser's upload form's target, whose oversized bodies go back to the exercise page. */
    /** The largest refused body read to its end before the answer (see {@link #refuseOversizedUploads}). */
    private static final long DRAINED_AT_MOST = 8L * SubmissionReceiver.MAX_UPLOAD_MEGABYTES * 1024 * 1024;

    private static final Pattern BROWSER_UPLOAD = Pattern.compile("/exercises/([A-Za-z0-9_-]+)/submissions");

    private final Database database;
    private final AccountStore accounts;
    private final Grading grading;
    private final ProgressEvents progress;
    private final Javalin server;

    private WebApp(Database database, AccountStore accounts, Grading grading, ProgressEvents progress, Javalin server) {
        this.database = database;
        this.accounts = accounts;
        this.grading = grading;
        this.progress = progress;
        this.server = server;
    }

    public static WebApp start(ServerSettings settings, GradingEngine engine, SubmissionGrader grader) {
        Database database = settings.jdbcUrl() == null ? Database.sqlite(settings.dataFolder()) : Database.open(settings.jdbcUrl());
        var jdbi = database.jdbi();
        AccountStore accounts = new AccountStore(jdbi, new PasswordHasher(settings.passwordCost()));
        SessionStore sessions = new SessionStore(jdbi);
        TermsStore terms = new TermsStore(jdbi);
        SubmissionStore submissions = new SubmissionStore(jdbi);
        SubmissionFiles files = new SubmissionFiles(settings.dataFolder());
        files.clearStaging();
        GradingQueue queue = new GradingQueue(jdbi);
        Grading grading;
        try {
            grading = new Grading(database, queue, files, grader, settings);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        CourseGradebook gradebook = new CourseGradebook(jdbi);
        SubmissionReceiver receiver = new SubmissionReceiver(jdbi, engine, files, submissions, terms, settings.rateLimit(),
                grading.files(), grading.dispatch());
        Templates templates = new Templates();
        LoginThrottle throttle = new LoginThrottle(accounts, settings.clock());
        SubmissionSources sources = new SubmissionSources(engine, submissions, files);
        SubmissionPages submissionPages = new SubmissionPages(submissions, sources, queue, terms, templates);
        ProgressEvents progress = new ProgressEvents(submissions, queue, submissionPages);
        Pages pages = new Pages(
                new LoginPages(throttle, sessions, new SessionCookie(settings.secureCookies()), templates),
                new StudentPages(engine, terms, gradebook, submissions, receiver, new ExerciseStatements(engine), templates),
                submissionPages, new SourcePages(submissionPages, sources, templates), progress,
                new InstructorPages(engine, gradebook, new RosterImport(jdbi, accounts), accounts, terms, submissions,
                        grading.dispatch(), templates),
                new WorkerPages(grading.directory(), new QueueOverview(jdbi), templates),
                new OverridePages(submissions, new ScoreOverrides(jdbi), templates),
                new AccountPages(accounts, new PasswordReset(jdbi, accounts, sessions), templates),
                new Exports(engine, accounts, gradebook, submissions),
                new ApiRoutes(throttle, sessions, receiver, queue, submissionPages),
                new ErrorPages(templates), new AccessGate(sessions));
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.addConnector((jetty, http) -> connector(jetty, http, settings));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(statics -> {
                statics.hostedPath = "/static";
                statics.directory = "/static";
                statics.location = Location.CLASSPATH;
                statics.headers = SecurityHeaders.HEADERS;
            });
            config.jetty.multipartConfig.maxFileSize(SubmissionReceiver.MAX_UPLOAD_MEGABYTES, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(SubmissionReceiver.MAX_UPLOAD_MEGABYTES + 1, SizeUnit.MB);
            config.http.maxRequestSize = (SubmissionReceiver.MAX_UPLOAD_MEGABYTES + 1) * 1024 * 1024;
            routes(config.routes, pages);
        });
        try {
            server.start();
            grading.start();
        } catch (RuntimeException e) {
            server.stop();
            progress.close();
            grading.close();
            database.close();
            throw e;
        }
        return new WebApp(database, accounts, grading, progress, server);
    }

    /**
     * The HTTP connector: Javalin's own, with a longer queue of connections waiting to be
     * accepted. A deadline brings hundreds of uploads at once; with Java's default of 50, the
     * kernel dropped connections while the server was busy and some of them came back reset.
     */
    private static ServerConnector connector(Server jetty, HttpConfiguration http, ServerSettings settings) {
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        return connector;
    }

    /** Every handler the routes use. */
    private record Pages(LoginPages login, StudentPages student, SubmissionPages submission, SourcePages source,
                         ProgressEvents progress, InstructorPages instructor, WorkerPages workers, OverridePages overrides,
                         AccountPages accounts, Exports exports, ApiRoutes api, ErrorPages errors, AccessGate gate) {
    }

    /** The URL map. The gate runs first on every request: who may see what is decided there. */
    private static void routes(RoutesConfig routes, Pages pages) {
        routes.before(SecurityHeaders::apply);
        // Before the gate, which reads form fields: an oversized multipart body fails to parse.
        routes.before(WebApp::refuseOversizedUploads);
        routes.before(pages.gate()::check);

        // Browsers ask for /favicon.ico whatever the page links; the icon is an SVG among the static files.
        routes.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
        routes.get("/login", pages.login()::form);
        routes.post("/login", pages.login()::login);
        routes.post("/logout", pages.login()::logout);

        routes.get("/", pages.student()::home);
        routes.get("/exercises", pages.student()::overview);
        routes.get("/exercises/{exercise}", pages.student()::exercise);
        routes.post("/exercises/{exercise}/submissions", pages.student()::submit);
        routes.get("/submissions/{id}", pages.submission()::page);
        routes.get("/submissions/{id}/report", pages.submission()::reportFragment);
        routes.get("/submissions/{id}/source", pages.source()::source);
        routes.get("/submissions/{id}/download", pages.source()::download);
        routes.get("/submissions/{id}/diff", pages.source()::diff);
        // The access check runs before the stream opens: once it has, the status is already 200.
        routes.before("/submissions/{id}/events", pages.submission()::requireVisible);
        routes.sse("/submissions/{id}/events", pages.progress()::open);

        routes.get("/instructor", pages.instructor()::matrix);
        routes.post("/instructor/roster", pages.instructor()::importRoster);
        routes.get("/instructor/submissions", pages.instructor()::list);
        routes.get("/instructor/workers", pages.workers()::workers);
        routes.post("/instructor/submissions/{id}/regrade", pages.instructor()::regrade);
        routes.get("/instructor/submissions/{id}/override", pages.overrides()::form);
        routes.post("/instructor/submissions/{id}/override", pages.overrides()::save);
        routes.post("/instructor/submissions/{id}/override/clear", pages.overrides()::clear);
        routes.get("/instructor/accounts", pages.accounts()::list);
        routes.post("/instructor/accounts/password", pages.accounts()::resetPassword);
        routes.get("/instructor/exercises/{exercise}", pages.instructor()::exercise);
        routes.post("/instructor/exercises/{exercise}/terms", pages.instructor()::saveTerms);
        routes.post("/instructor/exercises/{exercise}/extensions", pages.instructor()::grantExtension);
        routes.post("/instructor/exercises/{exercise}/extensions/{username}/revoke", pages.instructor()::revokeExtension);
        routes.post("/instructor/exercises/{exercise}/regrade", pages.instructor()::regradeAll);
        routes.get("/instructor/exercises/{exercise}/gradebook.csv", pages.exports()::csv);
        routes.get("/instructor/exercises/{exercise}/gradescope.zip", pages.exports()::gradescope);

        routes.post("/api/tokens", pages.api()::issueToken);
        routes.post("/api/exercises/{exercise}/submissions", pages.api()::submit);
        routes.get("/api/submissions/{id}", pages.api()::submission);

        routes.exception(InvalidInputException.class, (e, ctx) -> pages.errors().render(ctx, 400, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> pages.errors().render(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(Level.SEVERE, "request " + ctx.method() + " " + ctx.path() + " failed", e);
            pages.errors().render(ctx, 500, "The server failed on this request; the error is in its log.");
        });
    }

    /**
     * Refuses a body larger than the server takes before anything parses it. A browser's upload
     * goes back to its exercise page, which says why (a bare "Error 413" page told students
     * nothing); the API answers 413 with its JSON refusal. The body is read to its end and
     * dropped first: a browser still sending when the server closes the connection shows "This
     * site can't be reached" instead of the answer. A body beyond {@link #DRAINED_AT_MOST} is
     * cut off unread instead, so that no client can keep the server reading for long.
     */
    private static void refuseOversizedUploads(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length <= SubmissionReceiver.MAX_UPLOAD_MEGABYTES * 1024 * 1024) {
            return;
        }
        if (length <= DRAINED_AT_MOST) {
            drain(ctx);
        } else {
            ctx.header("Connection", "close");
        }
        Matcher upload = BROWSER_UPLOAD.matcher(ctx.path());
        if (upload.matches()) {
            ctx.redirect("/exercises/" + upload.group(1) + "?refused=" + StudentPages.TOO_LARGE_CODE, HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        throw new ContentTooLargeResponse(StudentPages.TOO_LARGE);
    }

    private static void drain(Context ctx) {
        try (InputStream body = ctx.req().getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The client stopped sending: the answer below is written if the connection still can.
        }
    }

    /** Creates an instructor account (from the command line; there is no web form for it). */
    public static void addInstructor(ServerSettings settings, String username, String displayName, String password) {
        try (Database database = settings.jdbcUrl() == null ? Database.sqlite(settings.dataFolder()) : Database.open(settings.jdbcUrl())) {
            new AccountStore(database.jdbi(), new PasswordHasher(settings.passwordCost()))
                    .create(username, displayName, Role.INSTRUCTOR, password);
        }
    }

    public int port() {
        return server.port();
    }

    public AccountStore accounts() {
        return accounts;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        // The progress streams end first, while Jetty still runs: closing one after Jetty stopped
        // spun forever in Javalin's exception handling, so a server watched by a student never stopped.
        progress.close();
        server.stop();
        grading.close();
        database.close();
    }
}
