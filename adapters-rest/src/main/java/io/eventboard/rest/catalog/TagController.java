package io.eventboard.rest.catalog;

import io.eventboard.application.catalog.tag.CreateTag;
import io.eventboard.application.catalog.tag.DeleteTag;
import io.eventboard.application.catalog.tag.ListTags;
import io.eventboard.application.catalog.tag.RenameTag;
import io.eventboard.application.catalog.tag.ShowTag;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.tag.TagId;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.catalog.CatalogDtos.NameRequest;
import io.eventboard.rest.catalog.CatalogDtos.PageView;
import io.eventboard.rest.catalog.CatalogDtos.TagView;
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

/** Tags: anyone reads them, admins write them. Names come back trimmed and lower-case. */
@Controller("/api/tags")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.CATALOG)
public class TagController {

    private final ListTags listTags;
    private final ShowTag showTag;
    private final CreateTag createTag;
    private final RenameTag renameTag;
    private final DeleteTag deleteTag;

    public TagController(ListTags listTags, ShowTag showTag, CreateTag createTag, RenameTag renameTag,
                         DeleteTag deleteTag) {
        this.listTags = listTags;
        this.showTag = showTag;
        this.createTag = createTag;
        this.renameTag = renameTag;
        this.deleteTag = deleteTag;
    }

    /** By name; {@code size} defaults to 100, the largest page. */
    @Get
    @Operation(operationId = "listTags", summary = "List tags",
            description = "Every tag, by name, a page at a time; size defaults to 100, the largest page. Anyone "
                    + "may read tags.")
    @ApiResponse(responseCode = "200", description = "One page of tags")
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<TagView> list(
            @Parameter(description = "Page number, from 1") @QueryValue(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1-100")
            @QueryValue(defaultValue = "" + CatalogDtos.DEFAULT_PAGE_SIZE) int size) {
        return PageView.of(listTags.list(new PageRequest(page, size)), TagView::of);
    }

    @Get("/{id}")
    @Operation(operationId = "showTag", summary = "Show a tag", description = "One tag, by id.")
    @ApiResponse(responseCode = "200", description = "The tag",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @ApiResponse(responseCode = "404", description = "No such tag (tag.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> show(@Parameter(description = "The tag's id") @PathVariable UUID id) {
        return Problems.respond(showTag.show(new TagId(id)), tag -> HttpResponse.ok(TagView.of(tag)));
    }

    @Post
    @Secured(Actors.ADMIN)
    @Operation(operationId = "createTag", summary = "Create a tag",
            description = "Admins only. The name is stored trimmed and lower-case, 1-50 characters, unique.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "201", description = "The new tag",
            headers = @Header(name = "Location", description = "/api/tags/{id} of the new tag",
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @ApiResponse(responseCode = "400", description = "A missing, invalid, unknown or mistyped field (validation), or "
            + "a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A tag of that name exists already (tag.duplicate)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> create(@Body NameRequest request, Authentication authentication) {
        return Problems.respond(createTag.create(new CreateTag.Command(Actors.of(authentication), request.name())),
                tag -> HttpResponse.created(TagView.of(tag), URI.create("/api/tags/" + tag.id())));
    }

    @Patch("/{id}")
    @Secured(Actors.ADMIN)
    @Operation(operationId = "renameTag", summary = "Rename a tag",
            description = "Admins only. The new name is stored trimmed and lower-case; events keep the tag.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The tag as it is now",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @ApiResponse(responseCode = "400", description = "A missing, invalid, unknown or mistyped field (validation), or "
            + "a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such tag (tag.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A tag of that name exists already (tag.duplicate)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> rename(@Parameter(description = "The tag's id") @PathVariable UUID id,
                                  @Body NameRequest request, Authentication authentication) {
        return Problems.respond(renameTag.rename(
                        new RenameTag.Command(Actors.of(authentication), new TagId(id), request.name())),
                tag -> HttpResponse.ok(TagView.of(tag)));
    }

    @Delete("/{id}")
    @Secured(Actors.ADMIN)
    @Operation(operationId = "deleteTag", summary = "Delete a tag",
            description = "Admins only. A tag that events still carry cannot be deleted.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "204", description = "The tag is gone")
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such tag (tag.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Events still carry the tag (tag.in-use)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> delete(@Parameter(description = "The tag's id") @PathVariable UUID id,
                                  Authentication authentication) {
        return Problems.respond(deleteTag.delete(new DeleteTag.Command(Actors.of(authentication), new TagId(id))),
                tag -> HttpResponse.noContent());
    }
}
