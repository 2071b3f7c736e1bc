package io.eventboard.application.servicetoken;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.Actor;
import java.util.List;

/** An admin lists the service tokens, newest first; the secrets are never among what is listed. */
public final class ListServiceTokens {

    private final Transactions transactions;
    private final ServiceTokens tokens;

    public ListServiceTokens(Transactions transactions, ServiceTokens tokens) {
        this.transactions = transactions;
        this.tokens = tokens;
    }

    public Result<List<ServiceToken>> list(Actor actor) {
        if (!actor.isAdmin()) {
            return Result.rejected(ServiceTokenRefusals.ADMINS_ONLY);
        }
        return Result.accepted(transactions.inTransaction(tokens::all));
    }
}
