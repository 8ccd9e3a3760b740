package grader.web.account;

import grader.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Accounts in the database: creation, login checks, names and passwords, listing. Thread-safe. */
public final class AccountStore {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    /** Checked against when a username is unknown, so a login takes as long either way. */
    private final String decoyHash;

    public AccountStore(Jdbi jdbi, PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.decoyHash = hasher.hash(UUID.randomUUID().toString());
    }

    public static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("A username is 1 to 64 letters, digits or . _ @ -, not '" + username + "'.");
        }
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < 8) {
            throw new InvalidInputException("A password must have at least 8 characters.");
        }
    }

    /** Creates an account; refuses a username that is taken. */
    public Account create(String username, String displayName, Role role, String password) {
        checkUsername(username);
        checkPassword(password);
        String hash = hasher.hash(password);
        return jdbi.inTransaction(handle -> insert(handle, username, displayName, role, hash));
    }

    /** Inserts inside a caller's transaction (a roster import is all or nothing). */
    public Account insert(Handle handle, String username, String displayName, Role role, String passwordHash) {
        if (find(handle, username).isPresent()) {
            throw new InvalidInputException("The username '" + username + "' is already taken.");
        }
        long id = handle.createUpdate("INSERT INTO accounts (username, display_name, role, password_hash, created_at)"
                        + " VALUES (:username, :name, :role, :hash, :now)")
                .bind("username", username).bind("name", displayName).bind("role", role.column())
                .bind("hash", passwordHash).bind("now", System.currentTimeMillis())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new Account(id, username, displayName, role);
    }

    public Optional<Account> find(Handle handle, String username) {
        return handle.createQuery("SELECT id, username, display_name, role FROM accounts WHERE username = :username")
                .bind("username", username)
                .map(AccountStore::account)
                .findOne();
    }

    public Optional<Account> find(String username) {
        return jdbi.withHandle(handle -> find(handle, username == null ? "" : username));
    }

    /** Gives an existing account a new display name (a roster imported again with "update names"). */
    void rename(Handle handle, String username, String displayName) {
        handle.createUpdate("UPDATE accounts SET display_name = :name WHERE username = :username")
                .bind("name", displayName).bind("username", username).execute();
    }

    /** Replaces an account's password hash inside a caller's transaction (a reset also ends the account's sessions). */
    public void setPasswordHash(Handle handle, long id, String passwordHash) {
        handle.createUpdate("UPDATE accounts SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", id).execute();
    }

    public Optional<Account> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, username, display_name, role FROM accounts WHERE id = :id")
                .bind("id", id)
                .map(AccountStore::account)
                .findOne());
    }

    /** The account whose username and password these are, if any. */
    public Optional<Account> authenticate(String username, String password) {
        record Row(Account account, String hash) {
        }
        Optional<Row> row = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, username, display_name, role, password_hash FROM accounts WHERE username = :username")
                .bind("username", username == null ? "" : username)
                .map((rs, ctx) -> new Row(account(rs, ctx), rs.getString("password_hash")))
                .findOne());
        String hash = row.map(Row::hash).orElse(decoyHash);
        boolean matches = password != null && hasher.matches(password, hash);
        return matches ? row.map(Row::account) : Optional.empty();
    }

    /** The id of the student with this username, if there is one. */
    public Optional<Long> idOf(String username) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM accounts WHERE username = :username AND role = :student")
                .bind("student", Role.STUDENT.column()).bind("username", username == null ? "" : username).mapTo(Long.class).findOne());
    }

    public boolean anyInstructor() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM accounts WHERE role = :instructor")
                .bind("instructor", Role.INSTRUCTOR.column()).mapTo(Integer.class).one()) > 0;
    }

    public List<Account> students() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, username, display_name, role FROM accounts WHERE role = :student ORDER BY username")
                .bind("student", Role.STUDENT.column()).map(AccountStore::account)
                .list());
    }

    /** Every account, instructors first, then assistants, then students, each by username. */
    public List<Account> everyone() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, username, display_name, role FROM accounts ORDER BY username")
                .map(AccountStore::account).list()).stream()
                .sorted(Comparator.comparing(Account::role)).toList();
    }

    /** Maps a row with the columns id, username, display_name and role; shared by every query that joins accounts. */
    public static Account account(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.ofColumn(rs.getString("role")));
    }

    public PasswordHasher hasher() {
        return hasher;
    }
}
