package grader.web.session;

import grader.InvalidInputException;
import grader.web.account.Account;
import grader.web.account.AccountStore;
import grader.web.account.GeneratedPasswords;
import org.jdbi.v3.core.Jdbi;

/**
 * An instructor gives someone a new password: one they typed, or a generated one shown once. In the
 * same transaction every session and API token of the account ends, so whoever knew the old
 * password (or holds a token made with it) is logged out everywhere. Thread-safe.
 */
public final class PasswordReset {

    /** Whose password was reset, and the new one when the server generated it (null when typed). */
    public record Done(Account account, String generatedPassword) {
    }

    private final Jdbi jdbi;
    private final AccountStore accounts;
    private final SessionStore sessions;

    public PasswordReset(Jdbi jdbi, AccountStore accounts, SessionStore sessions) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** Resets {@code username}'s password to {@code typed}, or to a generated one when it is blank. */
    public Done reset(String username, String typed) {
        Account account = accounts.find(username).orElseThrow(() ->
                new InvalidInputException("There is no account '" + username + "'."));
        boolean generate = typed == null || typed.isEmpty();
        String password = generate ? GeneratedPasswords.next() : typed;
        AccountStore.checkPassword(password);
        String hash = accounts.hasher().hash(password);
        jdbi.useTransaction(handle -> {
            accounts.setPasswordHash(handle, account.id(), hash);
            sessions.endAll(handle, account.id());
        });
        return new Done(account, generate ? password : null);
    }
}
