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

    private AccountRefusals() {
    }
}
