package io.eventboard.rest.account;

import io.eventboard.application.account.query.ListAccounts;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/admin/users}: every account, oldest first, a page at a time; admins only. */
@Controller("/api/admin/users")
@Secured(Actors.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.ADMIN)
public class AdminUsersController {

    private final ListAccounts listAccounts;

    public AdminUsersController(ListAccounts listAccounts) {
        this.listAccounts = listAccounts;
    }

    @Get
    @Operation(operationId = "listUsers", summary = "List accounts",
            description = "Every registered account, oldest first. Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "One page of accounts",
            content = @Content(schema = @Schema(implementation = AccountPage.class)))
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> list(
            @Parameter(description = "Page number, from 1") @QueryValue(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1-" + PageRequest.MAX_SIZE)
            @QueryValue(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size,
            Authentication authentication) {
        return Problems.respond(listAccounts.list(Actors.of(authentication), new PageRequest(page, size)),
                accounts -> HttpResponse.ok(AccountPage.of(accounts)));
    }
}
