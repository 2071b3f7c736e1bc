package io.eventboard.application.account;

import io.eventboard.domain.user.UserAccount;
import java.time.Instant;

/** A logged-in user with the refresh token that continues the session; the token is shown to them once. */
public record Session(UserAccount account, String refreshToken, Instant refreshExpiresAt) {

    /** Never prints the token: records end up in logs. */
    @Override
    public String toString() {
        return "Session[user=" + account.username() + ", refreshExpiresAt=" + refreshExpiresAt + "]";
    }
}
