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
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

/**
 * Events: browse (public unless {@code EVENTS_REQUIRE_LOGIN}), show, announce, edit, delete, cancel. Edits and
 * deletes honour {@code If-Match} with the {@code ETag} of the event: a stale version answers 412.
 */
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.EVENTS)
public class EventsController {

    /** The schema micronaut-openapi makes of {@code PageResource<EventResource>}, the result of {@link #myUpcoming}. */
    static final String EVENT_PAGE = "#/components/schemas/PageResource_EventResource_";

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
    @Operation(operationId = "listEvents", summary = "Browse events",
            description = """
                    Filters, sorts and pages events; every filter is optional and filters combine with AND. Anyone \
                    may browse, unless the server runs with EVENTS_REQUIRE_LOGIN=true: then send a bearer token.
                    Totals are exact up to LISTING_COUNT_CAP (10000 by default); beyond it 'total' is the cap and \
                    'total_exact' is false. For deep listings follow 'next_cursor' with 'after' instead of \
                    counting pages.""")
    // micronaut-openapi reads only name, in, description and example of a method-level @Parameter (its schema
    // comes out as "object"), so each description says what the value looks like.
    @Parameters({
            @Parameter(name = "q", in = ParameterIn.QUERY, example = "kotlin",
                    description = "Text: events whose title contains it, ignoring case; at most 200 characters"),
            @Parameter(name = "city", in = ParameterIn.QUERY, example = "Berlin",
                    description = "Text: events at a venue in this city; at most 100 characters"),
            @Parameter(name = "venue", in = ParameterIn.QUERY, example = "0190a3c2-5b1e-7c3a-9f1d-2e4b6a8c0d1e",
                    description = "UUID of a venue: events there"),
            @Parameter(name = "channel", in = ParameterIn.QUERY, example = "0190a3c2-5b1e-7c3a-9f1d-2e4b6a8c0d1f",
                    description = "UUID of a channel: events published in it"),
            @Parameter(name = "tags", in = ParameterIn.QUERY, example = "kotlin,jvm",
                    description = "Tag names, comma-separated or the parameter repeated: events with any of "
                            + "them (names ignore case)"),
            @Parameter(name = "status", in = ParameterIn.QUERY, example = "scheduled,ongoing",
                    description = "scheduled, ongoing, completed, cancelled or open (scheduled with a free seat), "
                            + "comma-separated or the parameter repeated: events in any of these states"),
            @Parameter(name = "from", in = ParameterIn.QUERY, example = "2030-05-01",
                    description = "ISO-8601 instant (2030-05-01T18:00:00Z) or day (2030-05-01, from its start in "
                            + "UTC): events starting then or later"),
            @Parameter(name = "to", in = ParameterIn.QUERY, example = "2030-05-31",
                    description = "ISO-8601 instant or day (to its end in UTC), not before 'from': events "
                            + "starting then or earlier"),
            @Parameter(name = "has_free_seats", in = ParameterIn.QUERY, example = "true",
                    description = "true: only events with a free seat; false: only events without one"),
            @Parameter(name = "min_rating", in = ParameterIn.QUERY, example = "4",
                    description = "Number from 0 to 5: events rated at least this on average"),
            @Parameter(name = "organizer", in = ParameterIn.QUERY, example = "0190a3c2-5b1e-7c3a-9f1d-2e4b6a8c0d20",
                    description = "UUID of a user: events they organize"),
            @Parameter(name = "sort", in = ParameterIn.QUERY, example = "-start",
                    description = "start (the default), status, rating or created; a leading '-' reverses the "
                            + "order"),
            @Parameter(name = "page", in = ParameterIn.QUERY, example = "1",
                    description = "Page number, from 1 (default 1)"),
            @Parameter(name = "size", in = ParameterIn.QUERY, example = "10",
                    description = "Page size, 1-100 (default 10)"),
            @Parameter(name = "after", in = ParameterIn.QUERY,
                    description = "The next_cursor of the previous page: continues the listing after its last "
                            + "event (keyset paging) instead of counting off 'page'")
    })
    @ApiResponse(responseCode = "200", description = "One page of events",
            content = @Content(schema = @Schema(ref = EVENT_PAGE)))
    @ApiResponse(responseCode = "400", description = "A parameter that cannot be read or is out of range, such as "
            + "an unknown status or sort, a malformed id or date, 'to' before 'from', or a cursor this server did "
            + "not make (validation; 'errors' names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Only with EVENTS_REQUIRE_LOGIN=true: no valid access token "
            + "(auth.required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (listingRequiresLogin && authentication == null) {
            return Problems.status(HttpStatus.UNAUTHORIZED, "Log in to browse events.", "auth.required");
        }
        return HttpResponse.ok(PageResource.of(listEvents.list(EventListing.query(request.getParameters())),
                mapper::toResource));
    }

    @Get("/my-upcoming")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "myUpcomingEvents", summary = "My upcoming events",
            description = "The events the caller holds an active booking for that have not started yet, soonest "
                    + "first.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "One page of events")
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResource<EventResource> myUpcoming(
            Authentication authentication,
            @Parameter(description = "Page number, from 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @Nullable @QueryValue String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "100", defaultValue = "10"))
            @Nullable @QueryValue String size) {
        return PageResource.of(myUpcoming.of(Actors.userId(authentication), QueryParameters.page(page, size)),
                mapper::toResource);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "showEvent", summary = "Show an event",
            description = "One event with its venue, channel, organizer, seats and rating. The ETag header "
                    + "carries its version: send it back as If-Match when editing or deleting the event.")
    @ApiResponse(responseCode = "200", description = "The event",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG,
                    description = "The event's version, such as \"7\"", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = EventResource.class)))
    @ApiResponse(responseCode = "401", description = "Only with EVENTS_REQUIRE_LOGIN=true: no valid access token "
            + "(auth.required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> show(@Parameter(description = "The event's id") UUID id,
                                @Nullable Authentication authentication) {
        if (listingRequiresLogin && authentication == null) {
            return Problems.status(HttpStatus.UNAUTHORIZED, "Log in to see events.", "auth.required");
        }
        return Problems.respond(showEvent.show(new EventId(id)), this::withTag);
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "createEvent", summary = "Announce an event",
            description = "Any user may announce an event and becomes its organizer. title, starts_at (in the "
                    + "future) and capacity are required; venue_id, channel_id and tags must name known entries.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "201", description = "The new event, scheduled",
            headers = {
                    @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION,
                            description = "/api/events/{id} of the new event", schema = @Schema(type = "string")),
                    @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG,
                            description = "The event's version", schema = @Schema(type = "string"))},
            content = @Content(schema = @Schema(implementation = EventResource.class)))
    @ApiResponse(responseCode = "400", description = "A missing, invalid, unknown or mistyped field, or an unknown "
            + "venue, channel or tag (validation), a body that is not JSON (request.malformed-json) or not an "
            + "object (request.invalid-body)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> create(@Body EventRequest request, Authentication authentication) {
        Event event = createEvent.create(new CreateEvent.Command(Actors.userId(authentication),
                EventRequests.details(request), EventRequests.waitlist(request)));
        return Problems.respond(showEvent.show(event.id()), view -> withTag(view)
                .status(HttpStatus.CREATED).headers(headers -> headers.location(URI.create("/api/events/" + view.id()))));
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "updateEvent", summary = "Edit an event",
            description = "Changes the fields the body names. The organizer may edit within the edit window after "
                    + "creation (EDIT_WINDOW, one hour by default), admins at any time; nobody once the event is "
                    + "completed or cancelled, and nobody here when it was imported. Attendees are told when the "
                    + "start, end or venue changes. Seats a raised capacity frees go to the waitlist at once.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The event as it is now",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG,
                    description = "The event's new version", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = EventResource.class)))
    @ApiResponse(responseCode = "400", description = "An invalid, unknown or mistyped field, or an unknown venue, "
            + "channel or tag (validation), or a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is neither the organizer nor an admin "
            + "(event.not-organizer), or the event was imported and can only change at its provider "
            + "(event.read-only)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The edit window has closed (event.edit-window-closed), the "
            + "event is completed or cancelled (event.finished), or the capacity would drop below the seats "
            + "booked (event.capacity-below-bookings)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names another version: someone changed the event "
            + "meanwhile; reload it and try again (event.concurrent-update)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> update(@Parameter(description = "The event's id") UUID id, @Body EventRequest request,
                                  Authentication authentication,
                                  @Parameter(description = "The ETag of the event as last read; the edit then "
                                          + "only happens if the event is still at that version. Without it "
                                          + "(or with *) the edit applies to whatever version is current.")
                                  @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        Result<Event> updated = updateEvent.update(new UpdateEvent.Command(Actors.of(authentication), new EventId(id),
                EventRequests.changes(request), expected, EventRequests.waitlistMode(request),
                EventRequests.waitlistOfferHold(request)));
        return afterChange(updated, expected, event -> Problems.respond(showEvent.show(event.id()), this::withTag));
    }

    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "deleteEvent", summary = "Delete an event",
            description = "Deletes the event; attendees are told. The same people may delete as may edit: the "
                    + "organizer within the edit window, admins at any time, nobody once it is completed or "
                    + "cancelled or when it was imported.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "204", description = "The event is gone")
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is neither the organizer nor an admin "
            + "(event.not-organizer), or the event was imported (event.read-only)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The edit window has closed (event.edit-window-closed), or "
            + "the event is completed or cancelled (event.finished)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names another version: someone changed the event "
            + "meanwhile (event.concurrent-update)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> delete(@Parameter(description = "The event's id") UUID id, Authentication authentication,
                                  @Parameter(description = "The ETag of the event as last read; the delete then "
                                          + "only happens if the event is still at that version.")
                                  @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        Result<Event> deleted = deleteEvent.delete(new DeleteEvent.Command(Actors.of(authentication), new EventId(id),
                expected));
        return afterChange(deleted, expected, event -> HttpResponse.noContent());
    }

    @Post("/{id}/cancel")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "cancelEvent", summary = "Cancel an event",
            description = "Calls a scheduled or ongoing event off; every attendee is told. Open to the organizer "
                    + "and admins at any time before the event ends, but not for imported events.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The cancelled event",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG,
                    description = "The event's new version", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = EventResource.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is neither the organizer nor an admin "
            + "(event.not-organizer), or the event was imported (event.read-only)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The event is already completed or cancelled "
            + "(event.illegal-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> cancel(@Parameter(description = "The event's id") UUID id,
                                  Authentication authentication) {
        return Problems.respond(cancelEvent.cancel(new CancelEvent.Command(Actors.of(authentication), new EventId(id))),
                event -> Problems.respond(showEvent.show(event.id()), this::withTag));
    }

    private MutableHttpResponse<EventResource> withTag(EventView view) {
        return HttpResponse.ok(mapper.toResource(view)).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    /** A stale {@code If-Match} is a failed precondition (412), not a plain conflict. */
    static <T> HttpResponse<?> afterChange(Result<T> result, Long expected, Function<T, HttpResponse<?>> onAccepted) {
        if (!result.isAccepted() && expected != null && result.rejection().equals(EventRefusals.CONCURRENT_UPDATE)) {
            return Problems.status(HttpStatus.PRECONDITION_FAILED, result.rejection().message(),
                    result.rejection().code());
        }
        return Problems.respond(result, onAccepted);
    }
}
