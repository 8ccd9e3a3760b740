package grader.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import grader.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** The command line's side of the JSON API: one request, its JSON answer, or the server's one-sentence refusal. */
final class ServerClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int UPLOAD_ATTEMPTS = 3;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final String server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServerClient(String server) {
        if (server == null || !(server.startsWith("http://") || server.startsWith("https://"))) {
            throw new InvalidInputException("--server takes the server's address, such as http://localhost:7070, not '" + server + "'.");
        }
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    }

    String server() {
        return server;
    }

    JsonNode postForm(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(server + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    /**
     * Posts a zip under a fresh idempotency key, and posts it again under the same key if the
     * connection fails (the server restarting, say): the server stores it once whatever happened.
     */
    JsonNode postZip(String path, String token, byte[] zip) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/zip").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build();
        for (int attempt = 1; attempt < UPLOAD_ATTEMPTS; attempt++) {
            try {
                return send(request);
            } catch (Unreachable e) {
                pause();
            }
        }
        return send(request);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException("Interrupted while waiting to retry the upload.", interrupted);
        }
    }

    /** The server could not be reached or the connection broke: worth another try. */
    private static final class Unreachable extends InvalidInputException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    JsonNode get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(server + path)).header("Authorization", "Bearer " + token).GET().build());
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable("Cannot reach the server at " + server + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException("Interrupted while talking to the server.", e);
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new InvalidInputException("The server at " + server + " answered " + response.statusCode() + " with something that is not JSON; is it the grader?", e);
        }
        if (response.statusCode() >= 400) {
            throw new InvalidInputException(body.path("error").asText(body.path("title").asText("The server refused the request (" + response.statusCode() + ").")));
        }
        return body;
    }
}
