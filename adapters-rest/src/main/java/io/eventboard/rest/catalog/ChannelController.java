package io.eventboard.rest.catalog;

import io.eventboard.application.catalog.channel.CreateChannel;
import io.eventboard.application.catalog.channel.DeleteChannel;
import io.eventboard.application.catalog.channel.ListChannels;
import io.eventboard.application.catalog.channel.RenameChannel;
import io.eventboard.application.catalog.channel.ShowChannel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.rest.catalog.CatalogDtos.ChannelView;
import io.eventboard.rest.catalog.CatalogDtos.NameRequest;
import io.eventboard.rest.catalog.CatalogDtos.PageView;
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

/** Channels: anyone reads them, admins write them. */
@Controller("/api/channels")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
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
    public PageView<ChannelView> list(@QueryValue(defaultValue = "1") int page,
                                      @QueryValue(defaultValue = "" + CatalogDtos.DEFAULT_PAGE_SIZE) int size) {
        return PageView.of(listChannels.list(new PageRequest(page, size)), ChannelView::of);
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable UUID id) {
        return Problems.respond(showChannel.show(new ChannelId(id)),
                channel -> HttpResponse.ok(ChannelView.of(channel)));
    }

    @Post
    @Secured(Actors.ADMIN)
    public HttpResponse<?> create(@Body NameRequest request, Authentication authentication) {
        return Problems.respond(createChannel.create(
                        new CreateChannel.Command(Actors.of(authentication), request.name())),
                channel -> HttpResponse.created(ChannelView.of(channel), URI.create("/api/channels/" + channel.id())));
    }

    @Patch("/{id}")
    @Secured(Actors.ADMIN)
    public HttpResponse<?> rename(@PathVariable UUID id, @Body NameRequest request, Authentication authentication) {
        return Problems.respond(renameChannel.rename(
                        new RenameChannel.Command(Actors.of(authentication), new ChannelId(id), request.name())),
                channel -> HttpResponse.ok(ChannelView.of(channel)));
    }

    @Delete("/{id}")
    @Secured(Actors.ADMIN)
    public HttpResponse<?> delete(@PathVariable UUID id, Authentication authentication) {
        return Problems.respond(deleteChannel.delete(
                        new DeleteChannel.Command(Actors.of(authentication), new ChannelId(id))),
                channel -> HttpResponse.noContent());
    }
}
