package io.eventboard.rest.ops;

import io.eventboard.application.servicetoken.IssueServiceToken;
import io.eventboard.application.servicetoken.ListServiceTokens;
import io.eventboard.application.servicetoken.RevokeServiceToken;
import io.eventboard.application.servicetoken.ServiceTokenId;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.ops.ServiceTokenDtos.CreatedServiceToken;
import io.eventboard.rest.ops.ServiceTokenDtos.ServiceTokenList;
import io.eventboard.rest.ops.ServiceTokenDtos.ServiceTokenRequest;
import io.eventboard.rest.ops.ServiceTokenDtos.ServiceTokenResource;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import java.net.URI;
import java.util.UUID;

/** Service tokens for machines (cron, other services): admins create, list and revoke them. */
@Controller("/api/admin/service-tokens")
@Secured(Actors.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.ADMIN)
public class ServiceTokensController {

    private final IssueServiceToken issue;
    private final ListServiceTokens list;
    private final RevokeServiceToken revoke;

    public ServiceTokensController(IssueServiceToken issue, ListServiceTokens list, RevokeServiceToken revoke) {
        this.issue = issue;
        this.list = list;
        this.revoke = revoke;
    }

    @Post
    @Operation(operationId = "createServiceToken", summary = "Create a service token",
            description = "A long-lived token for a machine, granting the given scopes: ops (the operations "
                    + "endpoints) and notify (sending notifications). The answer holds the token itself, this once: "
                    + "only its hash is stored. Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "201", description = "The token, shown once",
            content = @Content(schema = @Schema(implementation = CreatedServiceToken.class)))
    @ApiResponse(responseCode = "400", description = "A blank or too long name, no scope, or an unknown scope "
            + "(validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> create(@Body ServiceTokenRequest request, Authentication authentication) {
        return Problems.respond(issue.issue(IssueServiceToken.Command.of(Actors.of(authentication), request.name(),
                        request.scopes())),
                issued -> HttpResponse.created(CreatedServiceToken.of(issued),
                        URI.create("/api/admin/service-tokens/" + issued.token().id())));
    }

    @Get
    @Operation(operationId = "listServiceTokens", summary = "List service tokens",
            description = "Every service token, revoked ones included, newest first; never the token itself. "
                    + "Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The tokens",
            content = @Content(schema = @Schema(implementation = ServiceTokenList.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> list(Authentication authentication) {
        return Problems.respond(list.list(Actors.of(authentication)), tokens -> HttpResponse.ok(
                new ServiceTokenList(tokens.stream().map(ServiceTokenResource::of).toList())));
    }

    @Delete("/{id}")
    @Operation(operationId = "revokeServiceToken", summary = "Revoke a service token",
            description = "From now on the token is refused (401) on every server. Revoking a revoked token "
                    + "changes nothing. Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such token (service-token.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> revoke(@Parameter(description = "The token's id") UUID id,
                                  Authentication authentication) {
        return Problems.respond(revoke.revoke(Actors.of(authentication), new ServiceTokenId(id)),
                revoked -> HttpResponse.noContent());
    }
}
