package io.eventboard.rest.catalog;

import io.eventboard.application.catalog.channel.CreateChannel;
import io.eventboard.application.catalog.channel.DeleteChannel;
import io.eventboard.application.catalog.channel.ListChannels;
import io.eventboard.application.catalog.channel.RenameChannel;
import io.eventboard.application.catalog.channel.ShowChannel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.catalog.CatalogDtos.ChannelView;
import io.eventboard.rest.catalog.CatalogDtos.NameRequest;
import io.eventboard.rest.catalog.CatalogDtos.PageView;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;

/** Channels: anyone reads them, admins write them. */
@Controller("/api/channels")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.CATALOG)
public class ChannelController {

    private final ListChannels listChannels;
    private final ShowChannel showChannel;
    private final CreateChannel createChannel;
    private final RenameChannel renameChannel;
    private final DeleteChannel deleteChannel;

    public ChannelController(ListChannels listChannels, ShowChannel showChannel, CreateChannel createChannel,
                             RenameChannel renameChannel, DeleteChannel deleteChannel) {
        this.listChannels = listChannels;
        this.showChannel = showChannel;
        this.createChannel = createChannel;
        this.renameChannel = renameChannel;
        this.deleteChannel = deleteChannel;
    }

    /** By name, ignoring case; {@code size} defaults to 100, the largest page. */
    @Get
    @Operation(operationId = "listChannels", summary = "List channels",
            description = "Every channel, by name ignoring case, a page at a time; size defaults to 100, the "
                    + "largest page. Anyone may read channels.")
    @ApiResponse(responseCode = "200", description = "One page of channels")
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<ChannelView> list(
            @Parameter(description = "Page number, from 1") @QueryValue(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1-100")
            @QueryValue(defaultValue = "" + CatalogDtos.DEFAULT_PAGE_SIZE) int size) {
        return PageView.of(listChannels.list(new PageRequest(page, size)), ChannelView::of);
    }

    @Get("/{id}")
    @Operation(operationId = "showChannel", summary = "Show a channel",
            description = "One channel, by id.")
    @ApiResponse(responseCode = "200", description = "The channel",
            content = @Content(schema = @Schema(implementation = ChannelView.class)))
    @ApiResponse(responseCode = "404", description = "No such channel (channel.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> show(@Parameter(description = "The channel's id") @PathVariable UUID id) {
        return Problems.respond(showChannel.show(new ChannelId(id)),
                channel -> HttpResponse.ok(ChannelView.of(channel)));
    }

    @Post
    @Secured(Actors.ADMIN)
    @Operation(operationId = "createChannel", summary = "Create a channel",
            description = "Admins only. The name (1-100 characters) keeps its case but is unique ignoring it.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "201", description = "The new channel",
            headers = @Header(name = "Location", description = "/api/channels/{id} of the new channel",
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = ChannelView.class)))
    @ApiResponse(responseCode = "400", description = "A missing, invalid, unknown or mistyped field (validation), or "
            + "a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A channel of that name exists already, ignoring case "
            + "(channel.duplicate)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> create(@Body NameRequest request, Authentication authentication) {
        return Problems.respond(createChannel.create(
                        new CreateChannel.Command(Actors.of(authentication), request.name())),
                channel -> HttpResponse.created(ChannelView.of(channel), URI.create("/api/channels/" + channel.id())));
    }

    @Patch("/{id}")
    @Secured(Actors.ADMIN)
    @Operation(operationId = "renameChannel", summary = "Rename a channel",
            description = "Admins only. The name keeps its case but is unique ignoring it.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The channel as it is now",
            content = @Content(schema = @Schema(implementation = ChannelView.class)))
    @ApiResponse(responseCode = "400", description = "A missing, invalid, unknown or mistyped field (validation), or "
            + "a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such channel (channel.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A channel of that name exists already, ignoring case "
            + "(channel.duplicate)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> rename(@Parameter(description = "The channel's id") @PathVariable UUID id,
                                  @Body NameRequest request, Authentication authentication) {
        return Problems.respond(renameChannel.rename(
                        new RenameChannel.Command(Actors.of(authentication), new ChannelId(id), request.name())),
                channel -> HttpResponse.ok(ChannelView.of(channel)));
    }

    @Delete("/{id}")
    @Secured(Actors.ADMIN)
    @Operation(operationId = "deleteChannel", summary = "Delete a channel",
            description = "Admins only. A channel that events are still published in cannot be deleted.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "204", description = "The channel is gone")
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such channel (channel.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Events are still published in the channel "
            + "(channel.in-use)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> delete(@Parameter(description = "The channel's id") @PathVariable UUID id,
                                  Authentication authentication) {
        return Problems.respond(deleteChannel.delete(
                        new DeleteChannel.Command(Actors.of(authentication), new ChannelId(id))),
                channel -> HttpResponse.noContent());
    }
}
