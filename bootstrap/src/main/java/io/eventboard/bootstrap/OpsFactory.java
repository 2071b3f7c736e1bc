package io.eventboard.bootstrap;

import io.eventboard.application.event.status.PendingStatusChanges;
import io.eventboard.application.servicetoken.AuthenticateServiceToken;
import io.eventboard.application.servicetoken.IssueServiceToken;
import io.eventboard.application.servicetoken.ListServiceTokens;
import io.eventboard.application.servicetoken.RevokeServiceToken;
import io.eventboard.application.servicetoken.ServiceTokens;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EventSchedule;
import io.eventboard.domain.event.StatusPolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the operations side: service tokens and the "what is due" queries. */
@Factory
public class OpsFactory {

    /** How many events the pending-start and pending-finish listings show at most. */
    static final int PENDING_LIMIT = 1000;

    @Singleton
    IssueServiceToken issueServiceToken(Transactions transactions, ServiceTokens tokens, Clock clock) {
        return new IssueServiceToken(transactions, tokens, clock);
    }

    @Singleton
    ListServiceTokens listServiceTokens(Transactions transactions, ServiceTokens tokens) {
        return new ListServiceTokens(transactions, tokens);
    }

    @Singleton
    RevokeServiceToken revokeServiceToken(Transactions transactions, ServiceTokens tokens, Clock clock) {
        return new RevokeServiceToken(transactions, tokens, clock);
    }

    @Singleton
    AuthenticateServiceToken authenticateServiceToken(Transactions transactions, ServiceTokens tokens, Clock clock) {
        return new AuthenticateServiceToken(transactions, tokens, clock);
    }

    @Singleton
    PendingStatusChanges pendingStatusChanges(Transactions transactions, EventSchedule schedule, StatusPolicy policy,
                                              Clock clock) {
        return new PendingStatusChanges(transactions, schedule, policy, PENDING_LIMIT, clock);
    }
}
