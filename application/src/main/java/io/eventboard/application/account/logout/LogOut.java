package io.eventboard.application.account.logout;

import io.eventboard.application.account.SessionIssuer;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.RefreshTokens;
import java.time.Clock;

/** Ends a session: its refresh token is revoked everywhere. Logging out twice is harmless. */
public final class LogOut {

    private final Transactions transactions;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    public LogOut(Transactions transactions, RefreshTokens refreshTokens, Clock clock) {
        this.transactions = transactions;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /** True when the token was live and is now revoked. */
    public boolean logOut(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return false;
        }
        return transactions.inTransaction(() ->
                refreshTokens.consume(SessionIssuer.hash(refreshToken), clock.instant()).isPresent());
    }
}
