package io.eventboard.rest.waitlist;

import io.eventboard.application.waitlist.WaitlistCommand;
import io.eventboard.application.waitlist.accept.AcceptOffer;
import io.eventboard.application.waitlist.join.JoinWaitlist;
import io.eventboard.application.waitlist.leave.LeaveWaitlist;
import io.eventboard.application.waitlist.query.ListWaitlist;
import io.eventboard.application.waitlist.query.ShowMyPlace;
import io.eventboard.domain.event.EventId;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.booking.BookingResource;
import io.eventboard.rest.booking.ParticipationMapper;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.eventboard.rest.web.PageResource;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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
 * The waitlist of a sold-out event: join, see your place, leave, accept a held seat; the organizer reads the line.
 * Freed seats reach the line by themselves (see the event's waitlist_mode).
 */
@Controller("/api/events/{id}/waitlist")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.BOOKINGS)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = ApiDocumentation.BEARER)
public class WaitlistController {

    private final JoinWaitlist joinWaitlist;
    private final LeaveWaitlist leaveWaitlist;
    private final AcceptOffer acceptOffer;
    private final ShowMyPlace showMyPlace;
    private final ListWaitlist listWaitlist;
    private final ParticipationMapper bookings;

    public WaitlistController(JoinWaitlist joinWaitlist, LeaveWaitlist leaveWaitlist, AcceptOffer acceptOffer,
                              ShowMyPlace showMyPlace, ListWaitlist listWaitlist, ParticipationMapper bookings) {
        this.joinWaitlist = joinWaitlist;
        this.leaveWaitlist = leaveWaitlist;
        this.acceptOffer = acceptOffer;
        this.showMyPlace = showMyPlace;
        this.listWaitlist = listWaitlist;
        this.bookings = bookings;
    }

    @Post
    @Operation(operationId = "joinWaitlist", summary = "Join the waitlist",
            description = "Puts the caller at the end of the waitlist of a sold-out event. When a seat frees, the "
                    + "first in line gets it: booked at once (waitlist_mode auto) or held for them until they "
                    + "accept (offer); either way they are notified.")
    @ApiResponse(responseCode = "201", description = "The caller's place in line",
            content = @Content(schema = @Schema(implementation = WaitlistResource.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A seat is still free (waitlist.seats-available), the "
            + "caller holds a seat (booking.already-booked) or is in line already (waitlist.already-waiting), or "
            + "the event cannot be booked (booking.event-not-bookable, booking.event-started)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> join(@Parameter(description = "The event's id") UUID id, Authentication authentication) {
        return Problems.respond(joinWaitlist.join(command(id, authentication)),
                place -> HttpResponse.created(WaitlistResource.of(place)));
    }

    @Get("/me")
    @Operation(operationId = "showMyWaitlistPlace", summary = "My place in the waitlist",
            description = "The caller's current place in line, and the seat held for them if one is offered.")
    @ApiResponse(responseCode = "200", description = "The caller's place in line",
            content = @Content(schema = @Schema(implementation = WaitlistResource.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found), or the caller is not in "
            + "line (waitlist.not-waiting)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> me(@Parameter(description = "The event's id") UUID id, Authentication authentication) {
        return Problems.respond(showMyPlace.show(command(id, authentication)),
                place -> HttpResponse.ok(WaitlistResource.of(place)));
    }

    @Delete
    @Operation(operationId = "leaveWaitlist", summary = "Leave the waitlist",
            description = "Takes the caller out of line; a seat held for them passes on to the next in line.")
    @ApiResponse(responseCode = "204", description = "The caller is no longer in line")
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found), or the caller is not in "
            + "line (waitlist.not-waiting)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> leave(@Parameter(description = "The event's id") UUID id, Authentication authentication) {
        return Problems.respond(leaveWaitlist.leave(command(id, authentication)), event -> HttpResponse.noContent());
    }

    @Post("/accept")
    @Operation(operationId = "acceptWaitlistOffer", summary = "Accept an offered seat",
            description = "Books the seat held for the caller (waitlist_mode offer) before the offer expires; the "
                    + "confirmation is sent as for any booking. POST /api/events/{id}/book does the same for a "
                    + "caller with an offer.")
    @ApiResponse(responseCode = "201", description = "The new booking, active",
            content = @Content(schema = @Schema(implementation = BookingResource.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found), or the caller is not in "
            + "line (waitlist.not-waiting)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "No seat is offered to the caller yet (waitlist.no-offer), "
            + "the offer has expired (waitlist.offer-expired), or the event cannot be booked any more "
            + "(booking.event-not-bookable, booking.event-started)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> accept(@Parameter(description = "The event's id") UUID id, Authentication authentication) {
        return Problems.respond(acceptOffer.accept(command(id, authentication)),
                booking -> HttpResponse.created(bookings.toResource(booking)));
    }

    @Get
    @Operation(operationId = "listWaitlist", summary = "The waitlist of an event",
            description = "Everyone in line, first come first, with their place and any seat held for them. The "
                    + "event's organizer and admins only.")
    @ApiResponse(responseCode = "200", description = "One page of places; each item is a WaitlistEntryResource",
            content = @Content(schema = @Schema(implementation = PageResource.class)))
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is neither the organizer nor an admin "
            + "(waitlist.not-organizer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> list(
            @Parameter(description = "The event's id") UUID id,
            Authentication authentication,
            @Parameter(description = "Page number, from 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @Nullable @QueryValue String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "100", defaultValue = "10"))
            @Nullable @QueryValue String size) {
        return Problems.respond(listWaitlist.list(Actors.of(authentication), new EventId(id),
                QueryParameters.page(page, size)),
                places -> HttpResponse.ok(PageResource.of(places, WaitlistResource::of)));
    }

    private static WaitlistCommand command(UUID id, Authentication authentication) {
        return new WaitlistCommand(new EventId(id), Actors.userId(authentication));
    }
}
