package grader.web.session;

import grader.web.account.Account;
import grader.web.account.AccountStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slows down, then locks out, repeated failed logins (the login form and the API's token
 * endpoint), counted per account and per client address. The first failures are free (people
 * mistype); after that each failure locks its account or address for a wait that doubles, from 1
 * second up to a cap, and attempts made during a wait are refused without checking the password
 * and without counting. A quiet spell of four caps forgets the failures (so a guesser
 * gets its free failures back only once an hour per account).
 *
 * <p>No one can lock a student out for good by guessing at their account: a browser that has
 * logged into an account before carries a proof of it (a cookie, {@link #deviceProof}), and the
 * account's lock does not apply to it; only its address's lock does, and an address's wait is
 * capped at a minute, since a class behind one network address shares it.
 *
 * <p>Counts live in this server's memory: a restart forgets them, and several servers would count
 * separately. Thread-safe: each key's state changes atomically in a {@link ConcurrentHashMap}.
 */
public final class LoginThrottle {

    /** How long a wait may grow to, per kind of key. */
    static final Duration ACCOUNT_CAP = Duration.ofMinutes(15);
    static final Duration ADDRESS_CAP = Duration.ofMinutes(1);
    /** Failures that cost nothing before the waits begin. */
    static final int ACCOUNT_FREE_FAILURES = 5;
    static final int ADDRESS_FREE_FAILURES = 20;
    /** A key's failures are forgotten after a quiet spell of this many caps. */
    private static final int FORGET_AFTER = 4;
    /** Beyond this many tracked keys, keys forgotten by their quiet spell are dropped. */
    private static final int TRACKED_KEYS = 10_000;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final AccountStore accounts;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final SecretKeySpec deviceKey = new SecretKeySpec(Tokens.random().getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    public LoginThrottle(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One login attempt's outcome: the account, a wrong password, or a wait before the password is even checked. */
    public sealed interface Attempt {
        record Granted(Account account) implements Attempt {
        }

        record Wrong() implements Attempt {
        }

        /** Refused unchecked; {@code message} says when to try again, {@code retryAfterSeconds} how long that is. */
        record Locked(long retryAfterSeconds, String message) implements Attempt {
        }
    }

    /**
     * Checks a username and password unless the account or address must wait first, and counts
     * the outcome. {@code deviceProof} is the browser's device cookie, or null (the API has none).
     */
    public Attempt attempt(String username, String password, String address, String deviceProof) {
        Optional<Instant> until = lockedUntil(username, address, deviceProof);
        if (until.isPresent()) {
            long seconds = Math.max(1, Duration.between(clock.instant(), until.get()).toSeconds());
            return new Attempt.Locked(seconds, "Too many failed logins: try again in "
                    + (seconds == 1 ? "1 second" : seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes")
                    + ", at " + SHOWN.format(until.get()) + ".");
        }
        Optional<Account> account = accounts.authenticate(username, password);
        if (account.isEmpty()) {
            failed(username, address);
            return new Attempt.Wrong();
        }
        succeeded(username);
        return new Attempt.Granted(account.get());
    }

    /** Failed logins of one key: how many since the last quiet spell, and until when it must wait. Immutable. */
    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    /**
     * Until when a login to {@code username} from {@code address} must wait, or empty if it may
     * be tried now. {@code deviceProof} is the browser's cookie ({@link #deviceProof}), or null.
     */
    private Optional<Instant> lockedUntil(String username, String address, String deviceProof) {
        Instant now = clock.instant();
        Instant until = later(lockOf(addressKey(address), now), knownDevice(username, deviceProof) ? null : lockOf(accountKey(username), now));
        return Optional.ofNullable(until);
    }

    /** Counts a failed login against the account and the address. */
    private void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > TRACKED_KEYS) {
            failures.values().removeIf(entry -> quiet(entry, ACCOUNT_CAP, now));
        }
        count(accountKey(username), ACCOUNT_FREE_FAILURES, ACCOUNT_CAP, now);
        count(addressKey(address), ADDRESS_FREE_FAILURES, ADDRESS_CAP, now);
    }

    /**
     * Forgets the account's failures once its password was given. The address keeps its count, so
     * that logging into one's own account between guesses at others gains nothing.
     */
    private void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    /** The cookie value that proves this browser logged into {@code username}; valid until this server restarts. */
    public String deviceProof(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(deviceKey);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(accountKey(username).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    private boolean knownDevice(String username, String proof) {
        return proof != null && Tokens.same(deviceProof(username), proof);
    }

    private void count(String key, int free, Duration cap, Instant now) {
        failures.compute(key, (k, before) -> {
            int count = before == null || quiet(before, cap, now) ? 1 : before.count() + 1;
            Instant until = count <= free ? null : now.plus(wait(count - free, cap));
            return new Failures(count, now, until);
        });
    }

    /** 1 s for the first failure beyond the free ones, doubling, at most {@code cap}. */
    static Duration wait(int beyondFree, Duration cap) {
        Duration doubled = Duration.ofSeconds(1L << Math.min(beyondFree - 1, 30));
        return doubled.compareTo(cap) > 0 ? cap : doubled;
    }

    private Instant lockOf(String key, Instant now) {
        Failures entry = failures.get(key);
        return entry == null || entry.lockedUntil() == null || !now.isBefore(entry.lockedUntil()) ? null : entry.lockedUntil();
    }

    /** Whether a key has been quiet for {@link #FORGET_AFTER} of its cap: its failures no longer count. */
    private static boolean quiet(Failures entry, Duration cap, Instant now) {
        return !now.isBefore(entry.last().plus(cap.multipliedBy(FORGET_AFTER)));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
