package io.eventboard.application.servicetoken;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.Actor;
import java.time.Clock;

/** An admin revokes a service token: from then on it is refused. Revoking twice changes nothing. */
public final class RevokeServiceToken {

    private final Transactions transactions;
    private final ServiceTokens tokens;
    private final Clock clock;

    public RevokeServiceToken(Transactions transactions, ServiceTokens tokens, Clock clock) {
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Result<ServiceToken> revoke(Actor actor, ServiceTokenId id) {
        if (!actor.isAdmin()) {
            return Result.rejected(ServiceTokenRefusals.ADMINS_ONLY);
        }
        return transactions.inTransaction(() -> tokens.revoke(id, clock.instant()))
                .map(Result::accepted)
                .orElseGet(() -> Result.rejected(ServiceTokenRefusals.NOT_FOUND));
    }
}
