package io.eventboard.rest.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.eventboard.application.account.admin.ChangeAccess;
import io.eventboard.application.account.query.ListAccounts;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserId;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * {@code /api/admin/users}: every account, oldest first, a page at a time, optionally searched; an admin changes
 * an account's role or switches it off. Admins only.
 */
@Controller("/api/admin/users")
@Secured(Actors.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.ADMIN)
public class AdminUsersController {

    /** What an admin may change about an account; each field is optional, but not both. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "AccessChange", description = "The new role, the new on/off switch, or both.")
    public record AccessChange(
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, type = "string", allowableValues = {"user", "admin"},
                    example = "admin") String role,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "false: the account can neither log in "
                    + "nor refresh, and its refresh tokens are revoked", example = "false") Boolean enabled) {
    }

    private final ListAccounts listAccounts;
    private final ChangeAccess changeAccess;

    public AdminUsersController(ListAccounts listAccounts, ChangeAccess changeAccess) {
        this.listAccounts = listAccounts;
        this.changeAccess = changeAccess;
    }

    @Get
    @Operation(operationId = "listUsers", summary = "List accounts",
            description = "Every registered account, oldest first; with q, those whose username or email contains "
                    + "it (ignoring case). Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "One page of accounts",
            content = @Content(schema = @Schema(implementation = AccountPage.class)))
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number, or q longer "
            + "than 100 characters (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> list(
            @Parameter(description = "Only accounts whose username or email contains this text, ignoring case")
            @Nullable @QueryValue String q,
            @Parameter(description = "Page number, from 1") @QueryValue(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1-" + PageRequest.MAX_SIZE)
            @QueryValue(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size,
            Authentication authentication) {
        return Problems.respond(listAccounts.list(Actors.of(authentication), q, new PageRequest(page, size)),
                accounts -> HttpResponse.ok(AccountPage.of(accounts)));
    }

    @Patch("/{id}")
    @Operation(operationId = "changeUserAccess", summary = "Change an account's role or switch it off",
            description = "Sets the role (user, admin) and/or whether the account is enabled. A disabled account "
                    + "cannot log in or refresh, and its refresh tokens are revoked at once; access tokens it holds "
                    + "expire within ACCESS_TOKEN_LIFETIME. A new role applies from the account's next login or "
                    + "refresh. Admins cannot demote or disable themselves. Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The account as it is now",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @ApiResponse(responseCode = "400", description = "Neither role nor enabled given, an unknown role or field "
            + "(validation), or a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such account (account.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "An admin tried to demote or disable their own account "
            + "(account.own-access)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> change(@Parameter(description = "The account's id") UUID id, @Body AccessChange body,
                                  Authentication authentication) {
        Role role = QueryParameters.choice("role", body.role(), Role.class);
        return Problems.respond(changeAccess.change(new ChangeAccess.Command(Actors.of(authentication),
                new UserId(id), role, body.enabled())), account -> HttpResponse.ok(AccountView.of(account)));
    }
}
