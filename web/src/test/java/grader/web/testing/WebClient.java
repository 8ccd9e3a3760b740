package grader.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as the server sees it, without JavaScript: keeps cookies (Secure ones too: the server
 * is on localhost), follows no redirects, and finds the CSRF token on the last page it loaded.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=]+)=([^;]*)");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf = "";

    public WebClient(String base) {
        this.base = base;
    }

    /**
     * Logs in through the form and, when that worked, loads the page it leads to (so the next form
     * carries the session's CSRF token); returns the login's own response.
     */
    public HttpResponse<String> login(String username, String password) {
        get("/login");
        HttpResponse<String> response = postForm("/login", Map.of("username", username, "password", password));
        response.headers().firstValue("Location").ifPresent(this::get);
        return response;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with this client's CSRF token added. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf);
        return postFormExactly(path, all);
    }

    /** Posts exactly these fields (no CSRF token unless given). */
    public HttpResponse<String> postFormExactly(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Posts a multipart form: {@code files} as (file name, content) pairs in the field {@code files}, plus the CSRF token. */
    public HttpResponse<String> upload(String path, List<Map.Entry<String, byte[]>> files) {
        String boundary = "----grader" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
        for (Map.Entry<String, byte[]> file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file.getValue());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Submits {@code files} to {@code exercise} through its upload form (so this client must have
     * loaded a page with a CSRF token) and returns the new submission's page, {@code /submissions/N};
     * fails, with the server's answer, if the upload was refused.
     */
    public String submit(String exercise, List<Map.Entry<String, byte[]>> files) {
        HttpResponse<String> response = upload("/exercises/" + exercise + "/submissions", files);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.startsWith("/submissions/")) {
            throw new AssertionError("the upload was not taken: " + response.statusCode() + " to " + location + "\n" + response.body());
        }
        return location;
    }

    /** The submission's number in its page's path, {@code /submissions/N}. */
    public static long submissionId(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** GETs a download (a zip, say) as bytes. */
    public HttpResponse<byte[]> download(String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        try {
            HttpResponse<T> response = http.send(request.build(), body);
            for (String header : response.headers().allValues("Set-Cookie")) {
                Matcher cookie = COOKIE.matcher(header);
                if (cookie.find()) {
                    if (header.contains("Max-Age=0")) {
                        cookies.remove(cookie.group(1));
                    } else {
                        cookies.put(cookie.group(1), cookie.group(2));
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
