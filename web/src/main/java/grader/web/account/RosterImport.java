package grader.web.account;

import grader.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports people from a roster CSV: a header line naming the columns {@code username},
 * {@code name} and optionally {@code password} and {@code role} ({@code student}, the default, or
 * {@code assistant}, also written {@code ta}), then one person per line. Someone without a password
 * gets a generated one, returned once so the instructor can hand it out.
 *
 * <p>A roster is imported again as the course fills up: a username that already has an account is
 * reported with its line and skipped, or has its name updated if the instructor asked for that;
 * its password and role stay. A bad line (a malformed username, a short password, an unknown role,
 * a username twice) refuses the whole file, naming every bad line, so a fixed file imports once.
 */
public final class RosterImport {

    /** What to do with a line whose username already has an account. */
    public enum ForExisting {
        SKIP,
        UPDATE_NAMES
    }

    /** An account created by an import, with the password it was given if it was generated. */
    public record Imported(int line, String username, String displayName, Role role, String generatedPassword) {
    }

    /** A line whose username already had an account; {@code renamed} if its name was updated. */
    public record Existing(int line, String username, boolean renamed) {
    }

    public record Result(List<Imported> created, List<Existing> existing) {
    }

    private static final Map<String, Role> ROLES = Map.of("", Role.STUDENT, "student", Role.STUDENT,
            "assistant", Role.ASSISTANT, "ta", Role.ASSISTANT);

    private final Jdbi jdbi;
    private final AccountStore accounts;

    public RosterImport(Jdbi jdbi, AccountStore accounts) {
        this.jdbi = jdbi;
        this.accounts = accounts;
    }

    /** One line of the file, checked. */
    private record Line(int number, String username, String name, Role role, String givenPassword) {
    }

    public Result importCsv(String csv, ForExisting forExisting) {
        List<Line> lines = read(csv);
        List<Imported> created = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<Line> existing = new ArrayList<>();
        for (Line line : lines) {
            if (accounts.find(line.username()).isPresent()) {
                existing.add(line);
                continue;
            }
            String password = line.givenPassword().isEmpty() ? GeneratedPasswords.next() : line.givenPassword();
            created.add(new Imported(line.number(), line.username(), line.name(), line.role(),
                    line.givenPassword().isEmpty() ? password : null));
            hashes.add(accounts.hasher().hash(password));
        }
        List<Existing> reported = new ArrayList<>();
        jdbi.useTransaction(handle -> {
            for (int i = 0; i < created.size(); i++) {
                Imported person = created.get(i);
                accounts.insert(handle, person.username(), person.displayName(), person.role(), hashes.get(i));
            }
            for (Line line : existing) {
                boolean rename = forExisting == ForExisting.UPDATE_NAMES;
                if (rename) {
                    accounts.rename(handle, line.username(), line.name());
                }
                reported.add(new Existing(line.number(), line.username(), rename));
            }
        });
        return new Result(created, reported);
    }

    /** The file's lines, each checked; refuses the file naming every bad line. */
    private static List<Line> read(String csv) {
        List<List<String>> rows = CsvLines.parse(csv == null ? "" : csv);
        if (rows.isEmpty()) {
            throw new InvalidInputException("The roster is empty; it needs a header line 'username,name' and one line per person.");
        }
        List<String> header = rows.get(0).stream().map(column -> column.trim().toLowerCase(Locale.ROOT)).toList();
        int usernameColumn = header.indexOf("username");
        int nameColumn = header.indexOf("name");
        int passwordColumn = header.indexOf("password");
        int roleColumn = header.indexOf("role");
        if (usernameColumn < 0 || nameColumn < 0) {
            throw new InvalidInputException("The roster's first line must name the columns username and name (and optionally password and role).");
        }
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 1; index < rows.size(); index++) {
            List<String> row = rows.get(index);
            int number = index + 1;
            String username = cell(row, usernameColumn);
            String name = cell(row, nameColumn);
            String password = cell(row, passwordColumn);
            Optional<String> problem = problem(username, password, cell(row, roleColumn), seen);
            if (problem.isPresent()) {
                problems.add("Line " + number + " of the roster: " + problem.get());
                continue;
            }
            lines.add(new Line(number, username, name.isEmpty() ? username : name,
                    ROLES.get(cell(row, roleColumn).toLowerCase(Locale.ROOT)), password));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(" ", problems) + " Nothing was imported; fix these lines and import the file again.");
        }
        return lines;
    }

    /** What is wrong with a line, as one sentence, if anything. */
    private static Optional<String> problem(String username, String password, String role, Set<String> seen) {
        try {
            AccountStore.checkUsername(username);
            if (!password.isEmpty()) {
                AccountStore.checkPassword(password);
            }
        } catch (InvalidInputException e) {
            return Optional.of(e.getMessage());
        }
        if (!ROLES.containsKey(role.toLowerCase(Locale.ROOT))) {
            return Optional.of("the role is student or assistant (ta), not '" + role + "'.");
        }
        if (!seen.add(username)) {
            return Optional.of("the username '" + username + "' appears twice.");
        }
        return Optional.empty();
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).trim() : "";
    }
}
