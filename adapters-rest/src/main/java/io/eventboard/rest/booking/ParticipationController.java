package io.eventboard.rest.booking;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.booking.query.ListAttendees;
import io.eventboard.application.rating.query.ListRatings;
import io.eventboard.application.rating.rate.RateEvent;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.idempotency.IdempotencyKey;
import io.eventboard.domain.rating.Score;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.idempotency.IdempotentResponses;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.eventboard.rest.web.PageResource;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import java.util.UUID;

/**
 * Taking part in an event: book a seat, give it back, rate the event afterwards, read its ratings; its organizer
 * reads the attendee list.
 */
@Controller("/api/events/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.BOOKINGS)
public class ParticipationController {

    private final BookSeat bookSeat;
    private final CancelBooking cancelBooking;
    private final RateEvent rateEvent;
    private final ListRatings listRatings;
    private final ListAttendees listAttendees;
    private final ParticipationMapper mapper;
    private final IdempotentResponses idempotent;

    public ParticipationController(BookSeat bookSeat, CancelBooking cancelBooking, RateEvent rateEvent,
                                   ListRatings listRatings, ListAttendees listAttendees, ParticipationMapper mapper,
                                   IdempotentResponses idempotent) {
        this.idempotent = idempotent;
        this.bookSeat = bookSeat;
        this.cancelBooking = cancelBooking;
        this.rateEvent = rateEvent;
        this.listRatings = listRatings;
        this.listAttendees = listAttendees;
        this.mapper = mapper;
    }

    @Post("/book")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "bookSeat", summary = "Book a seat",
            description = "Takes one seat for the caller at a scheduled event that has not started; the "
                    + "confirmation is sent to the caller. One active booking per person and event. With an "
                    + "Idempotency-Key header, a retry within 24 hours gets the first answer again (marked "
                    + "Idempotent-Replayed: true) and books nothing.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "201", description = "The new booking, active",
            content = @Content(schema = @Schema(implementation = BookingResource.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Every seat is taken (booking.sold-out), the caller holds a "
            + "seat already (booking.already-booked), the event is ongoing, completed or cancelled "
            + "(booking.event-not-bookable), or it has started (booking.event-started); the caller waits in its "
            + "line without an offer (waitlist.no-offer; a caller with an offer books the seat held for them)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for another request "
            + "(idempotency.key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> book(@Parameter(description = "The event's id") UUID id, Authentication authentication,
                                @Parameter(description = "Any text of 1-200 characters naming this request: a "
                                        + "retry with the same key answers the first booking again")
                                @Nullable @Header(IdempotencyKey.HEADER) String idempotencyKey) {
        return idempotent.answer(idempotencyKey, authentication, "POST /api/events/" + id + "/book", null,
                () -> Problems.respond(bookSeat.book(new BookSeat.Command(new EventId(id),
                        Actors.userId(authentication))), booking -> HttpResponse.created(mapper.toResource(booking))));
    }

    @Post("/cancel-booking")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "cancelBooking", summary = "Give a seat back",
            description = "Cancels the caller's active booking for the event before it starts; the seat is free "
                    + "again at once.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The booking, now cancelled",
            content = @Content(schema = @Schema(implementation = BookingResource.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found), or the caller holds no "
            + "active booking for it (booking.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The event has started (booking.cancel-too-late)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> cancelBooking(@Parameter(description = "The event's id") UUID id,
                                         Authentication authentication) {
        return Problems.respond(cancelBooking.cancel(new CancelBooking.Command(new EventId(id),
                Actors.userId(authentication))), booking -> HttpResponse.ok(mapper.toResource(booking)));
    }

    @Post("/rate")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "rateEvent", summary = "Rate an event",
            description = "An attendee (who holds an active booking) rates a completed event from 1 to 5, with an "
                    + "optional comment. Rating again replaces the earlier score and comment.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The caller's rating as it is now",
            content = @Content(schema = @Schema(implementation = RatingResource.class)))
    @ApiResponse(responseCode = "400", description = "score missing or not 1-5, comment too long, or an unknown or "
            + "mistyped field (validation), or a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller holds no active booking for the event "
            + "(rating.not-attendee)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The event is not completed (rating.event-not-completed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> rate(@Parameter(description = "The event's id") UUID id, @Body RatingRequest request,
                                Authentication authentication) {
        new Validation().requirePresent(request.score(), "score").check();
        return Problems.respond(rateEvent.rate(new RateEvent.Command(new EventId(id), Actors.userId(authentication),
                new Score(request.score()), request.comment())), rating -> HttpResponse.ok(mapper.toResource(rating)));
    }

    @Get("/bookings")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "listAttendees", summary = "Attendee list of an event",
            description = "Every booking of the event, active and cancelled, oldest first, with the username of "
                    + "whoever booked. The event's organizer and admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "One page of bookings; each item is a BookingResource",
            content = @Content(schema = @Schema(implementation = PageResource.class)))
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is neither the organizer nor an admin "
            + "(event.not-organizer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> attendees(
            @Parameter(description = "The event's id") UUID id,
            Authentication authentication,
            @Parameter(description = "Page number, from 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @Nullable @QueryValue String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "100", defaultValue = "10"))
            @Nullable @QueryValue String size) {
        return Problems.respond(listAttendees.of(Actors.of(authentication), new EventId(id),
                QueryParameters.page(page, size)),
                bookings -> HttpResponse.ok(PageResource.of(bookings, mapper::toResource)));
    }

    @Get("/ratings")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listRatings", summary = "Ratings of an event",
            description = "The ratings of one event, newest first, a page at a time. Anyone may read them.")
    @ApiResponse(responseCode = "200", description = "One page of ratings; each item is a RatingResource",
            content = @Content(schema = @Schema(implementation = PageResource.class)))
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> ratings(
            @Parameter(description = "The event's id") UUID id,
            @Parameter(description = "Page number, from 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @Nullable @QueryValue String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "100", defaultValue = "10"))
            @Nullable @QueryValue String size) {
        return Problems.respond(listRatings.of(new EventId(id), QueryParameters.page(page, size)),
                ratings -> HttpResponse.ok(PageResource.of(ratings, mapper::toResource)));
    }
}
