package grader.web.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt password hashes. The cost is a parameter so tests can hash quickly; the server uses
 * {@link #STANDARD_COST}. Thread-safe.
 */
public final class PasswordHasher {

    /**
     * 2^10 rounds, the usual minimum for bcrypt (tens of milliseconds a hash): slow for guessing,
     * yet a roster of a few hundred students imports in seconds.
     */
    public static final int STANDARD_COST = 10;

    private final int cost;

    public PasswordHasher(int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
