package io.eventboard.rest.catalog;

import io.eventboard.application.catalog.tag.CreateTag;
import io.eventboard.application.catalog.tag.DeleteTag;
import io.eventboard.application.catalog.tag.ListTags;
import io.eventboard.application.catalog.tag.RenameTag;
import io.eventboard.application.catalog.tag.ShowTag;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.tag.TagId;
import io.eventboard.rest.catalog.CatalogDtos.NameRequest;
import io.eventboard.rest.catalog.CatalogDtos.PageView;
import io.eventboard.rest.catalog.CatalogDtos.TagView;
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
import java.net.URI;
import java.util.UUID;

/** Tags: anyone reads them, admins write them. Names come back trimmed and lower-case. */
@Controller("/api/tags")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
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
    public PageView<TagView> list(@QueryValue(defaultValue = "1") int page,
                                  @QueryValue(defaultValue = "" + CatalogDtos.DEFAULT_PAGE_SIZE) int size) {
        return PageView.of(listTags.list(new PageRequest(page, size)), TagView::of);
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable UUID id) {
        return Problems.respond(showTag.show(new TagId(id)), tag -> HttpResponse.ok(TagView.of(tag)));
    }

    @Post
    @Secured(Actors.ADMIN)
    public HttpResponse<?> create(@Body NameRequest request, Authentication authentication) {
        return Problems.respond(createTag.create(new CreateTag.Command(Actors.of(authentication), request.name())),
                tag -> HttpResponse.created(TagView.of(tag), URI.create("/api/tags/" + tag.id())));
    }

    @Patch("/{id}")
    @Secured(Actors.ADMIN)
    public HttpResponse<?> rename(@PathVariable UUID id, @Body NameRequest request, Authentication authentication) {
        return Problems.respond(renameTag.rename(
                        new RenameTag.Command(Actors.of(authentication), new TagId(id), request.name())),
                tag -> HttpResponse.ok(TagView.of(tag)));
    }

    @Delete("/{id}")
    @Secured(Actors.ADMIN)
    public HttpResponse<?> delete(@PathVariable UUID id, Authentication authentication) {
        return Problems.respond(deleteTag.delete(new DeleteTag.Command(Actors.of(authentication), new TagId(id))),
                tag -> HttpResponse.noContent());
    }
}
