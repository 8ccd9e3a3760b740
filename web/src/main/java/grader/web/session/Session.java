package grader.web.session;

import grader.web.account.Account;

/** A logged-in browser: whose it is and the CSRF token its forms must carry. Immutable. */
public record Session(Account account, String csrfToken) {
}
