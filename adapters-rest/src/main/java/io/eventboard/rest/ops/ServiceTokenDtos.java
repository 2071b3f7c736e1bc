package io.eventboard.rest.ops;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.eventboard.application.servicetoken.IssuedServiceToken;
import io.eventboard.application.servicetoken.Scope;
import io.eventboard.application.servicetoken.ServiceToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bodies of {@code /api/admin/service-tokens}. */
final class ServiceTokenDtos {

    private ServiceTokenDtos() {
    }

    private static List<String> scopeNames(ServiceToken token) {
        return token.scopes().stream().map(Scope::wireName).sorted().toList();
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ServiceTokenRequest", description = "A new service token")
    record ServiceTokenRequest(
            @Schema(description = "What the token is for, 1-100 characters", example = "cron") String name,
            @ArraySchema(schema = @Schema(type = "string", allowableValues = {"ops", "notify"}),
                    arraySchema = @Schema(description = "What it may do: ops (operations endpoints), notify "
                            + "(send notifications)", example = "[\"ops\"]"))
            List<String> scopes) {
    }

    @Serdeable
    @Schema(name = "ServiceToken", description = "A service token as listed; the token itself is never shown again")
    record ServiceTokenResource(
            UUID id,
            @Schema(example = "cron") String name,
            @ArraySchema(schema = @Schema(type = "string", allowableValues = {"ops", "notify"})) List<String> scopes,
            Instant createdAt,
            @Schema(description = "The admin who created it (absent once that account is deleted)")
            @Nullable UUID createdBy,
            @Schema(description = "When it was revoked; absent while it is live") @Nullable Instant revokedAt,
            @Schema(description = "When it was last presented; absent if never") @Nullable Instant lastUsedAt) {

        static ServiceTokenResource of(ServiceToken token) {
            return new ServiceTokenResource(token.id().value(), token.name(), scopeNames(token), token.createdAt(),
                    token.createdBy() == null ? null : token.createdBy().value(), token.revokedAt(),
                    token.lastUsedAt());
        }
    }

    @Serdeable
    @Schema(name = "ServiceTokenList")
    record ServiceTokenList(@JsonInclude(JsonInclude.Include.ALWAYS) List<ServiceTokenResource> items) {
    }

    @Serdeable
    @Schema(name = "CreatedServiceToken", description = "The new token; 'token' is shown this once")
    record CreatedServiceToken(
            UUID id,
            @Schema(example = "cron") String name,
            @ArraySchema(schema = @Schema(type = "string", allowableValues = {"ops", "notify"})) List<String> scopes,
            Instant createdAt,
            @Schema(description = "Send it as 'Authorization: Bearer <token>'. It is not stored and cannot be shown "
                    + "again.", example = "ebst_3q2-7wEvNYwM8bC1o3Gg0QeZVUjZr0V5r8mYw2oFvXk") String token) {

        static CreatedServiceToken of(IssuedServiceToken issued) {
            ServiceToken token = issued.token();
            return new CreatedServiceToken(token.id().value(), token.name(), scopeNames(token), token.createdAt(),
                    issued.secret());
        }

        @Override
        public String toString() {
            return "CreatedServiceToken[id=" + id + ", name=" + name + ", token=***]";
        }
    }
}
