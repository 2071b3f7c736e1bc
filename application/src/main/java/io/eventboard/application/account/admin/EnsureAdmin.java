package io.eventboard.application.account.admin;

import io.eventboard.application.account.register.RegisterUser;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;

/**
 * Makes sure an admin account exists (from ADMIN_USERNAME/ADMIN_PASSWORD at startup, or the jar's
 * {@code create-admin} command). An existing account of that name is left as it is. When the email address
 * belongs to another account, no admin is created and the outcome says so, rather than claiming one exists.
 */
public final class EnsureAdmin {

    public enum Outcome { CREATED, ALREADY_EXISTS, EMAIL_TAKEN }

    private final UserAccounts accounts;
    private final RegisterUser register;

    public EnsureAdmin(UserAccounts accounts, RegisterUser register) {
        this.accounts = accounts;
        this.register = register;
    }

    public Outcome ensure(String username, String email, String password) {
        if (accounts.findByUsername(username).isPresent()) {
            return Outcome.ALREADY_EXISTS;
        }
        Result<UserAccount> created = register.register(
                new RegisterUser.Command(username, email, password, Role.ADMIN));
        if (created.isAccepted()) {
            return Outcome.CREATED;
        }
        // Taken: by this name (another server registered it a moment ago) or, else, by the email address.
        return accounts.findByUsername(username).isPresent() ? Outcome.ALREADY_EXISTS : Outcome.EMAIL_TAKEN;
    }
}
