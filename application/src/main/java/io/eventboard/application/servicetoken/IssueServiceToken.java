package io.eventboard.application.servicetoken;

import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Secrets;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An admin creates a service token: 256 random bits behind the prefix {@value ServiceTokenSecrets#PREFIX}, of
 * which only the SHA-256 hash is stored. The secret is in the answer once and cannot be recovered later.
 */
public final class IssueServiceToken {

    public static final int MAX_NAME_LENGTH = 100;

    public record Command(Actor actor, String name, Set<Scope> scopes) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            new Validation()
                    .requireText(name, "name", MAX_NAME_LENGTH)
                    .require(scopes != null && !scopes.isEmpty(), "scopes", "must name at least one scope")
                    .check();
            scopes = Set.copyOf(scopes);
            name = name.strip();
        }

        /** Reads scope names as clients send them; an unknown name is invalid input. */
        public static Command of(Actor actor, String name, List<String> scopeNames) {
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            List<String> unknown = new ArrayList<>();
            for (String scopeName : scopeNames == null ? List.<String>of() : scopeNames) {
                Optional<Scope> scope = Scope.parse(scopeName);
                scope.ifPresentOrElse(scopes::add, () -> unknown.add(String.valueOf(scopeName)));
            }
            new Validation().require(unknown.isEmpty(), "scopes",
                    "unknown scope " + String.join(", ", unknown) + "; known: ops, notify").check();
            return new Command(actor, name, scopes);
        }
    }

    private final Transactions transactions;
    private final ServiceTokens tokens;
    private final Clock clock;

    public IssueServiceToken(Transactions transactions, ServiceTokens tokens, Clock clock) {
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Result<IssuedServiceToken> issue(Command command) {
        if (!command.actor().isAdmin()) {
            return Result.rejected(ServiceTokenRefusals.ADMINS_ONLY);
        }
        Instant now = clock.instant();
        String secret = ServiceTokenSecrets.PREFIX + Secrets.random();
        ServiceToken token = new ServiceToken(new ServiceTokenId(Ids.timeOrdered(now)), command.name(),
                command.scopes(), now, command.actor().id(), null, null);
        transactions.inTransaction(() -> {
            tokens.add(token, ServiceTokenSecrets.hash(secret));
            return token;
        });
        return Result.accepted(new IssuedServiceToken(token, secret));
    }
}
