package grader.web.account;

import grader.InvalidInputException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports students from a roster CSV: a header line naming the columns {@code username},
 * {@code name} and optionally {@code password}, then one student per line. A student without a
 * password gets a generated one, returned once so the instructor can hand it out. All or nothing:
 * one bad line imports no one, and the error names the line.
 */
public final class RosterImport {

    /** A student created by an import, with the password they were given if it was generated. */
    public record Imported(String username, String displayName, String generatedPassword) {
    }

    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final AccountStore accounts;

    public RosterImport(Jdbi jdbi, AccountStore accounts) {
        this.jdbi = jdbi;
        this.accounts = accounts;
    }

    public List<Imported> importCsv(String csv) {
        List<List<String>> rows = CsvLines.parse(csv);
        if (rows.isEmpty()) {
            throw new InvalidInputException("The roster is empty; it needs a header line 'username,name' and one line per student.");
        }
        List<String> header = rows.get(0).stream().map(column -> column.trim().toLowerCase(Locale.ROOT)).toList();
        int usernameColumn = header.indexOf("username");
        int nameColumn = header.indexOf("name");
        int passwordColumn = header.indexOf("password");
        if (usernameColumn < 0 || nameColumn < 0) {
            throw new InvalidInputException("The roster's first line must name the columns username and name (and optionally password).");
        }
        List<Imported> students = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int line = 1; line < rows.size(); line++) {
            List<String> row = rows.get(line);
            String username = cell(row, usernameColumn);
            String name = cell(row, nameColumn);
            String where = "Line " + (line + 1) + " of the roster: ";
            try {
                AccountStore.checkUsername(username);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(where + e.getMessage(), e);
            }
            if (!seen.add(username)) {
                throw new InvalidInputException(where + "the username '" + username + "' appears twice.");
            }
            String given = cell(row, passwordColumn);
            String password = given.isEmpty() ? generatePassword() : given;
            try {
                AccountStore.checkPassword(password);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(where + e.getMessage(), e);
            }
            students.add(new Imported(username, name.isEmpty() ? username : name, given.isEmpty() ? password : null));
            hashes.add(accounts.hasher().hash(password));
        }
        jdbi.useTransaction(handle -> {
            for (int i = 0; i < students.size(); i++) {
                Imported student = students.get(i);
                accounts.insert(handle, student.username(), student.displayName(), Role.STUDENT, hashes.get(i));
            }
        });
        return students;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).trim() : "";
    }

    private static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
