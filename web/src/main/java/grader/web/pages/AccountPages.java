package grader.web.pages;

import grader.InvalidInputException;
import grader.web.account.AccountStore;
import grader.web.session.PasswordReset;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Objects;

/**
 * The course's accounts, for instructors only (the gate refuses assistants): everyone with their
 * role, and resetting a password, to one typed or a generated one shown once; the account's
 * sessions and API tokens end with it. Thread-safe: it keeps no state beyond its stores.
 */
public final class AccountPages {

    private final AccountStore accounts;
    private final PasswordReset reset;
    private final Templates templates;

    public AccountPages(AccountStore accounts, PasswordReset reset, Templates templates) {
        this.accounts = accounts;
        this.reset = reset;
        this.templates = templates;
    }

    public void list(Context ctx) {
        show(ctx, null, null, new ResetForm("", ""), HttpStatus.OK);
    }

    public void resetPassword(Context ctx) {
        ResetForm typed = new ResetForm(Objects.requireNonNullElse(ctx.formParam("username"), "").trim(),
                Objects.requireNonNullElse(ctx.formParam("password"), ""));
        try {
            show(ctx, reset.reset(typed.username(), typed.password()), null, new ResetForm("", ""), HttpStatus.OK);
        } catch (InvalidInputException refused) {
            show(ctx, null, refused.getMessage(), typed, HttpStatus.BAD_REQUEST);
        }
    }

    private void show(Context ctx, PasswordReset.Done done, String error, ResetForm form, HttpStatus status) {
        Map<String, Object> model = PageModel.of(ctx);
        model.put("accounts", accounts.everyone());
        model.put("done", done);
        model.put("error", error);
        model.put("form", form);
        ctx.status(status).html(templates.render("instructor_accounts", model));
    }

    /** The reset form's fields, as typed. */
    public record ResetForm(String username, String password) {
    }
}
