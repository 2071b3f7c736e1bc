package io.eventboard.application.provider.sync;

import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The system account that owns the events imported from one provider. It is named after the provider, has
 * an id derived from that name (the same on every server), is disabled and has no password, so nobody can
 * log in as it; imported events are read-only anyway.
 */
public final class ProviderAccount {

    /** Not a password hash of any kind: no password ever matches it. */
    private static final String NO_PASSWORD = "!";

    private ProviderAccount() {
    }

    public static UserId idOf(String provider) {
        return new UserId(UUID.nameUUIDFromBytes(("eventboard-provider:" + provider).getBytes(StandardCharsets.UTF_8)));
    }

    /** The provider's account, created when it does not exist yet; empty when its username is taken. */
    static Optional<UserId> ensure(UserAccounts accounts, String provider, Instant now) {
        UserId id = idOf(provider);
        if (accounts.findById(id).isPresent()) {
            return Optional.of(id);
        }
        UserAccount account = new UserAccount(id, provider, provider + "@provider.eventboard.invalid", NO_PASSWORD,
                Role.USER, false, now);
        return accounts.add(account) ? Optional.of(id) : Optional.empty();
    }
}
