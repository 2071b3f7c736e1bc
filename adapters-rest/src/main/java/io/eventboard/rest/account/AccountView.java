package io.eventboard.rest.account;

import io.eventboard.domain.user.UserAccount;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** An account as clients see it: never its password or hash. */
@Serdeable
@Schema(name = "Account", description = "A registered account; passwords and their hashes are never shown.")
public record AccountView(
        UUID id,
        @Schema(example = "ada") String username,
        @Schema(example = "ada@example.org") String email,
        @Schema(type = "string", allowableValues = {"user", "admin"}, example = "user") String role,
        @Schema(description = "False when an admin switched the account off") boolean enabled,
        @Schema(example = "2030-01-31T18:00:00Z") Instant createdAt) {

    public static AccountView of(UserAccount account) {
        return new AccountView(account.id().value(), account.username(), account.email(),
                account.role().name().toLowerCase(Locale.ROOT), account.enabled(), account.createdAt());
    }
}
