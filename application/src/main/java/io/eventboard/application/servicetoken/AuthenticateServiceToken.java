package io.eventboard.application.servicetoken;

import io.eventboard.domain.common.Transactions;
import java.time.Clock;
import java.util.Optional;

/** Who presents this token: the live service token it is, or nobody (unknown, revoked, or not one of ours). */
public final class AuthenticateServiceToken {

    private final Transactions transactions;
    private final ServiceTokens tokens;
    private final Clock clock;

    public AuthenticateServiceToken(Transactions transactions, ServiceTokens tokens, Clock clock) {
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Optional<ServiceToken> authenticate(String presented) {
        if (!ServiceTokenSecrets.looksLikeOne(presented)) {
            return Optional.empty();
        }
        String hash = ServiceTokenSecrets.hash(presented);
        return transactions.inTransaction(() -> tokens.use(hash, clock.instant()));
    }
}
