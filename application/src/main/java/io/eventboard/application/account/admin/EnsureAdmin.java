package io.eventboard.application.account.admin;

import io.eventboard.application.account.register.RegisterUser;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;

/**
 * Makes sure an admin account exists (from ADMIN_USERNAME/ADMIN_PASSWORD at startup, or the jar's
 * {@code create-admin} command). An existing account of that name is left as it is.
 */
public final class EnsureAdmin {

    public enum Outcome { CREATED, ALREADY_EXISTS }

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
        return created.isAccepted() ? Outcome.CREATED : Outcome.ALREADY_EXISTS;
    }
}
