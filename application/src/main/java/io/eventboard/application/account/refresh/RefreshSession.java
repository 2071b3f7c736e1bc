package io.eventboard.application.account.refresh;

import io.eventboard.application.account.AccountRefusals;
import io.eventboard.application.account.Session;
import io.eventboard.application.account.SessionIssuer;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.RefreshTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Trades a refresh token for a new session; the old token stops working at that moment. */
public final class RefreshSession {

    private final Transactions transactions;
    private final RefreshTokens refreshTokens;
    private final UserAccounts accounts;
    private final SessionIssuer sessions;
    private final Clock clock;

    public RefreshSession(Transactions transactions, RefreshTokens refreshTokens, UserAccounts accounts,
                          SessionIssuer sessions, Clock clock) {
        this.transactions = transactions;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Result<Session> refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Result.rejected(AccountRefusals.BAD_REFRESH_TOKEN);
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<UserAccount> account = refreshTokens.consume(SessionIssuer.hash(refreshToken), now)
                    .flatMap(accounts::findById)
                    .filter(UserAccount::enabled);
            return account.<Result<Session>>map(found -> Result.accepted(sessions.open(found, now)))
                    .orElseGet(() -> Result.rejected(AccountRefusals.BAD_REFRESH_TOKEN));
        });
    }
}
