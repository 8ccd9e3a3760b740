package grader.web.session;

import grader.web.account.Account;
import grader.web.account.AccountStore;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Browser sessions and command-line API tokens, both stored only as hashes. Sessions live in the
 * database, so a restarted server (or a second one on the same database) keeps everyone logged
 * in. Thread-safe.
 */
public final class SessionStore {

    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    private final Jdbi jdbi;

    public SessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A new session for {@code account}; returns the secret for the cookie. */
    public String open(Account account) {
        String token = Tokens.random();
        long now = System.currentTimeMillis();
        jdbi.useHandle(handle -> {
            handle.createUpdate("DELETE FROM sessions WHERE expires_at < :now").bind("now", now).execute();
            handle.createUpdate("INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at) VALUES (:hash, :account, :csrf, :expires)")
                    .bind("hash", Tokens.hash(token)).bind("account", account.id()).bind("csrf", Tokens.random())
                    .bind("expires", now + SESSION_LIFETIME.toMillis()).execute();
        });
        return token;
    }

    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT a.id, a.username, a.display_name, a.role, s.csrf_token"
                        + " FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = :hash AND s.expires_at > :now")
                .bind("hash", Tokens.hash(token)).bind("now", System.currentTimeMillis())
                .map((rs, ctx) -> new Session(AccountStore.account(rs, ctx), rs.getString("csrf_token")))
                .findOne());
    }

    public void close(String token) {
        if (token != null) {
            jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                    .bind("hash", Tokens.hash(token)).execute());
        }
    }

    /** Ends every browser session and API token of the account, inside a caller's transaction. */
    void endAll(Handle handle, long accountId) {
        handle.createUpdate("DELETE FROM sessions WHERE account_id = :account").bind("account", accountId).execute();
        handle.createUpdate("DELETE FROM api_tokens WHERE account_id = :account").bind("account", accountId).execute();
    }

    /** A new API token for the command line; returns the secret, which is shown once. */
    public String issueApiToken(Account account) {
        String token = Tokens.random();
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO api_tokens (token_hash, account_id, created_at) VALUES (:hash, :account, :now)")
                .bind("hash", Tokens.hash(token)).bind("account", account.id()).bind("now", System.currentTimeMillis()).execute());
        return token;
    }

    public Optional<Account> findByApiToken(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT a.id, a.username, a.display_name, a.role"
                        + " FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = :hash")
                .bind("hash", Tokens.hash(token))
                .map(AccountStore::account)
                .findOne());
    }
}
