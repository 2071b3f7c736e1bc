package io.eventboard.application.account;

import io.eventboard.domain.common.Rejection;

/** The stable codes of refusals about accounts and sessions. */
public final class AccountRefusals {

    public static final Rejection TAKEN = Rejection.conflict("account.taken",
            "That username or email address is already registered.");
    public static final Rejection BAD_CREDENTIALS = Rejection.unauthenticated("auth.invalid-credentials",
            "Wrong username or password, or the account is disabled.");
    public static final Rejection BAD_REFRESH_TOKEN = Rejection.unauthenticated("auth.invalid-refresh-token",
            "The refresh token is unknown, expired, already used or revoked.");
    public static final Rejection NOT_FOUND = Rejection.notFound("account.not-found",
            "There is no such account (any more).");
    public static final Rejection ADMINS_ONLY = Rejection.forbidden("account.admins-only",
            "Only an admin may see or change the accounts of others.");
    public static final Rejection OWN_ACCESS = Rejection.conflict("account.own-access",
            "Admins cannot take away their own admin role or disable their own account; ask another admin.");

    private AccountRefusals() {
    }
}
