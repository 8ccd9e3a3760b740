package grader.web.account;

import java.security.SecureRandom;

/** Passwords the server makes up for a person (a roster import, a reset), to be shown once. Thread-safe. */
public final class GeneratedPasswords {

    /** No 0/O, 1/l/I: the password is read off a screen and typed. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    /** 12 characters of the alphabet above, about 69 random bits. */
    public static String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
