package grader.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./grader login}: trades a username and password for an API token and keeps it for {@code submit}. */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Logs in to a grading server and saves an API token in ~/.grader-token for ./grader submit.")
public final class LoginCommand implements Callable<Integer> {

    @Option(names = "--server", required = true, description = "the server, e.g. http://localhost:7070")
    String server;

    @Option(names = "--user", required = true, description = "your username")
    String username;

    @Override
    public Integer call() {
        ServerClient client = new ServerClient(server);
        String password = Passwords.read("GRADER_PASSWORD", "Password for " + username + ": ");
        JsonNode answer = client.postForm("/api/tokens", "username", username, "password", password);
        TokenFile.save(client.server(), answer.path("token").asText());
        System.out.println("Logged in as " + answer.path("username").asText() + "; the token is saved in " + TokenFile.location()
                + " (or set " + TokenFile.ENVIRONMENT + ").");
        return 0;
    }
}
