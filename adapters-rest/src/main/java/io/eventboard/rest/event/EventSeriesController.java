package io.eventboard.rest.event;

import io.eventboard.application.series.cancel.CancelOccurrences;
import io.eventboard.application.series.create.CreateEventSeries;
import io.eventboard.application.series.query.ShowEventSeries;
import io.eventboard.application.series.update.UpdateOccurrences;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.series.EventSeries;
import io.eventboard.domain.series.SeriesId;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;

/**
 * Recurring events: announce a series (every occurrence becomes an event of its own), show it, and edit or cancel
 * an occurrence together with every later one. A single occurrence is edited and cancelled as any event is.
 */
@Controller("/api/event-series")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.EVENTS)
public class EventSeriesController {

    private final CreateEventSeries createSeries;
    private final ShowEventSeries showSeries;
    private final UpdateOccurrences updateOccurrences;
    private final CancelOccurrences cancelOccurrences;
    private final boolean readingRequiresLogin;

    public EventSeriesController(CreateEventSeries createSeries, ShowEventSeries showSeries,
                                 UpdateOccurrences updateOccurrences, CancelOccurrences cancelOccurrences,
                                 @Value("${eventboard.events-require-login:false}") boolean readingRequiresLogin) {
        this.createSeries = createSeries;
        this.showSeries = showSeries;
        this.updateOccurrences = updateOccurrences;
        this.cancelOccurrences = cancelOccurrences;
        this.readingRequiresLogin = readingRequiresLogin;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "createEventSeries", summary = "Announce a recurring event",
            description = "Creates the series and every occurrence at once, each an event of its own with its own "
                    + "seats, the caller as organizer and series_id set. The body is that of one event (its "
                    + "starts_at and ends_at are the first occurrence's) plus recurrence. Occurrences keep the local "
                    + "time of day of the first one (in UTC for now). Invalid input writes nothing.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "201", description = "The new series with its occurrences",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION,
                    description = "/api/event-series/{id} of the new series", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = SeriesResource.class)))
    @ApiResponse(responseCode = "400", description = "A missing, invalid, unknown or mistyped field of the event or "
            + "of recurrence, such as both until and count, an until before starts_at, or more than 366 "
            + "occurrences (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> create(@Body SeriesRequest request, Authentication authentication) {
        EventSeries series = createSeries.create(new CreateEventSeries.Command(Actors.userId(authentication),
                EventRequests.details(request.event()), SeriesRequests.recurrence(request.recurrence())));
        return Problems.respond(showSeries.show(series.id()), view -> HttpResponse.created(SeriesResource.of(view),
                URI.create("/api/event-series/" + series.id())));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "showEventSeries", summary = "Show a recurring event",
            description = "The series with how it repeats and every occurrence, soonest first.")
    @ApiResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = SeriesResource.class)))
    @ApiResponse(responseCode = "401", description = "Only with EVENTS_REQUIRE_LOGIN=true: no valid access token "
            + "(auth.required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such series (series.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> show(@Parameter(description = "The series' id") UUID id,
                                @Nullable Authentication authentication) {
        if (readingRequiresLogin && authentication == null) {
            return Problems.status(HttpStatus.UNAUTHORIZED, "Log in to see events.", "auth.required");
        }
        return Problems.respond(showSeries.show(new SeriesId(id)), view -> HttpResponse.ok(SeriesResource.of(view)));
    }

    @Patch("/{id}/occurrences")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "updateEventSeriesOccurrences", summary = "Edit an occurrence and the following ones",
            description = "Applies the fields the body names (title, description, capacity, venue_id, channel_id, "
                    + "tags) to the occurrence 'from' and every later one that is still scheduled, all or none. "
                    + "Each is edited as PATCH /api/events/{id} would: the organizer within the edit window after "
                    + "the series was created, admins at any time; attendees hear of a venue change. starts_at and "
                    + "ends_at differ per occurrence and are changed one occurrence at a time.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The occurrences that changed",
            content = @Content(schema = @Schema(implementation = OccurrenceChangesResource.class)))
    @ApiResponse(responseCode = "400", description = "An invalid, unknown or mistyped field, starts_at or ends_at, "
            + "an unknown venue, channel or tag, or no 'from' (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is neither the organizer nor an admin "
            + "(series.not-organizer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such series (series.not-found), or 'from' is not one of "
            + "its occurrences (series.not-an-occurrence)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The edit window has closed (event.edit-window-closed), or an "
            + "occurrence's capacity would drop below its seats booked (event.capacity-below-bookings)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names another version of the 'from' occurrence "
            + "(event.concurrent-update)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> updateOccurrences(
            @Parameter(description = "The series' id") UUID id,
            @Parameter(description = "The first occurrence to change (an event id)") @QueryValue UUID from,
            @Body EventRequest request, Authentication authentication,
            @Parameter(description = "The ETag of the 'from' occurrence as last read; the edit then only happens "
                    + "if it is still at that version.")
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        return EventsController.afterChange(updateOccurrences.update(new UpdateOccurrences.Command(
                        Actors.of(authentication), new SeriesId(id), new EventId(from), EventRequests.changes(request),
                        expected)),
                expected, changes -> HttpResponse.ok(OccurrenceChangesResource.of(changes)));
    }

    @Post("/{id}/cancel")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "cancelEventSeriesOccurrences", summary = "Cancel an occurrence and the following ones",
            description = "Calls off the occurrence 'from' and every later one that is still scheduled, all or "
                    + "none; every attendee of each is told. Open to the organizer and admins at any time.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The occurrences that were cancelled",
            content = @Content(schema = @Schema(implementation = OccurrenceChangesResource.class)))
    @ApiResponse(responseCode = "400", description = "No 'from', or not an id (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is neither the organizer nor an admin "
            + "(series.not-organizer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such series (series.not-found), or 'from' is not one of "
            + "its occurrences (series.not-an-occurrence)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> cancelOccurrences(
            @Parameter(description = "The series' id") UUID id,
            @Parameter(description = "The first occurrence to cancel (an event id)") @QueryValue UUID from,
            Authentication authentication) {
        return Problems.respond(cancelOccurrences.cancel(new CancelOccurrences.Command(Actors.of(authentication),
                new SeriesId(id), new EventId(from))), changes -> HttpResponse.ok(OccurrenceChangesResource.of(changes)));
    }
}
