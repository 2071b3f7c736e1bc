package io.eventboard.rest.event;

import io.eventboard.application.event.cancel.CancelEvent;
import io.eventboard.application.event.create.CreateEvent;
import io.eventboard.application.event.delete.DeleteEvent;
import io.eventboard.application.event.query.EventView;
import io.eventboard.application.event.query.ListEvents;
import io.eventboard.application.event.query.MyUpcomingEvents;
import io.eventboard.application.event.query.ShowEvent;
import io.eventboard.application.event.update.UpdateEvent;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.eventboard.rest.web.PageResource;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

/**
 * Events: browse (public unless {@code EVENTS_REQUIRE_LOGIN}), show, announce, edit, delete, cancel. Edits and
 * deletes honour {@code If-Match} with the {@code ETag} of the event: a stale version answers 412.
 */
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventsController {

    private final ListEvents listEvents;
    private final ShowEvent showEvent;
    private final MyUpcomingEvents myUpcoming;
    private final CreateEvent createEvent;
    private final UpdateEvent updateEvent;
    private final DeleteEvent deleteEvent;
    private final CancelEvent cancelEvent;
    private final EventResourceMapper mapper;
    private final boolean listingRequiresLogin;

    public EventsController(ListEvents listEvents, ShowEvent showEvent, MyUpcomingEvents myUpcoming,
                            CreateEvent createEvent, UpdateEvent updateEvent, DeleteEvent deleteEvent,
                            CancelEvent cancelEvent, EventResourceMapper mapper,
                            @Value("${eventboard.events-require-login:false}") boolean listingRequiresLogin) {
        this.listEvents = listEvents;
        this.showEvent = showEvent;
        this.myUpcoming = myUpcoming;
        this.createEvent = createEvent;
        this.updateEvent = updateEvent;
        this.deleteEvent = deleteEvent;
        this.cancelEvent = cancelEvent;
        this.mapper = mapper;
        this.listingRequiresLogin = listingRequiresLogin;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (listingRequiresLogin && authentication == null) {
            return Problems.status(HttpStatus.UNAUTHORIZED, "Log in to browse events.", "auth.required");
        }
        return HttpResponse.ok(PageResource.of(listEvents.list(EventListing.query(request.getParameters())),
                mapper::toResource));
    }

    @Get("/my-upcoming")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public PageResource<EventResource> myUpcoming(Authentication authentication, @Nullable @QueryValue String page,
                                                 @Nullable @QueryValue String size) {
        return PageResource.of(myUpcoming.of(Actors.userId(authentication), QueryParameters.page(page, size)),
                mapper::toResource);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> show(UUID id, @Nullable Authentication authentication) {
        if (listingRequiresLogin && authentication == null) {
            return Problems.status(HttpStatus.UNAUTHORIZED, "Log in to see events.", "auth.required");
        }
        return Problems.respond(showEvent.show(new EventId(id)), this::withTag);
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> create(@Body EventRequest request, Authentication authentication) {
        Event event = createEvent.create(new CreateEvent.Command(Actors.userId(authentication),
                EventRequests.details(request)));
        return Problems.respond(showEvent.show(event.id()), view -> withTag(view)
                .status(HttpStatus.CREATED).headers(headers -> headers.location(URI.create("/api/events/" + view.id()))));
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> update(UUID id, @Body EventRequest request, Authentication authentication,
                                  @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        Result<Event> updated = updateEvent.update(new UpdateEvent.Command(Actors.of(authentication), new EventId(id),
                EventRequests.changes(request), expected));
        return afterChange(updated, expected, event -> Problems.respond(showEvent.show(event.id()), this::withTag));
    }

    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> delete(UUID id, Authentication authentication,
                                  @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        Result<Event> deleted = deleteEvent.delete(new DeleteEvent.Command(Actors.of(authentication), new EventId(id),
                expected));
        return afterChange(deleted, expected, event -> HttpResponse.noContent());
    }

    @Post("/{id}/cancel")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> cancel(UUID id, Authentication authentication) {
        return Problems.respond(cancelEvent.cancel(new CancelEvent.Command(Actors.of(authentication), new EventId(id))),
                event -> Problems.respond(showEvent.show(event.id()), this::withTag));
    }

    private MutableHttpResponse<EventResource> withTag(EventView view) {
        return HttpResponse.ok(mapper.toResource(view)).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    /** A stale {@code If-Match} is a failed precondition (412), not a plain conflict. */
    private static HttpResponse<?> afterChange(Result<Event> result, Long expected,
                                               Function<Event, HttpResponse<?>> onAccepted) {
        if (!result.isAccepted() && expected != null && result.rejection().equals(EventRefusals.CONCURRENT_UPDATE)) {
            return Problems.status(HttpStatus.PRECONDITION_FAILED, result.rejection().message(),
                    result.rejection().code());
        }
        return Problems.respond(result, onAccepted);
    }
}
