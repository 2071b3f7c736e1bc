package io.eventboard.rest.calendar;

import io.eventboard.application.calendar.CalendarWriter;
import io.eventboard.application.calendar.EventCalendars;
import io.eventboard.domain.event.EventId;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * Events as iCalendar files: one event for anyone, and each user's private feed of booked events, which
 * calendar programs subscribe to by a secret link.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.EVENTS)
public class CalendarController {

    static final String CALENDAR = CalendarWriter.MEDIA_TYPE + ";charset=utf-8";

    /** A new feed link: the secret is in it and shown only now. */
    @Serdeable
    @Schema(name = "CalendarFeed")
    public record CalendarFeed(@Schema(description = "The feed's path; subscribe to it with the server's address "
            + "in front") String url, @Schema(description = "The secret in the path") String token) {
    }

    private final EventCalendars calendars;
    private final boolean eventsRequireLogin;

    public CalendarController(EventCalendars calendars,
                              @Value("${eventboard.events-require-login:false}") boolean eventsRequireLogin) {
        this.calendars = calendars;
        this.eventsRequireLogin = eventsRequireLogin;
    }

    @Get("/api/events/{id}.ics")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "eventCalendar", summary = "An event as a calendar file",
            description = "The event as iCalendar (RFC 5545) with an alarm an hour before the start (the reminder "
                    + "lead); a cancelled event is marked cancelled. Import it into any calendar program.")
    @ApiResponse(responseCode = "200", description = "text/calendar", content = @Content(mediaType = CALENDAR))
    @ApiResponse(responseCode = "401", description = "Only with EVENTS_REQUIRE_LOGIN=true: no valid access token "
            + "(auth.required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> event(@Parameter(description = "The event's id") UUID id,
                                 @Nullable Authentication authentication) {
        if (eventsRequireLogin && authentication == null) {
            return Problems.status(HttpStatus.UNAUTHORIZED, "Log in to see events.", "auth.required");
        }
        return Problems.respond(calendars.ofEvent(new EventId(id)), ics -> HttpResponse.ok(ics)
                .contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\""));
    }

    @Get("/api/calendar/{token}.ics")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "calendarFeed", summary = "A private feed of booked events",
            description = "The events the link's owner booked, from 30 days ago on, as iCalendar with alarms. The "
                    + "secret link is the access (calendar programs cannot log in): keep it private; make a new "
                    + "one or revoke it at /api/me/calendar-feed.")
    @ApiResponse(responseCode = "200", description = "text/calendar", content = @Content(mediaType = CALENDAR))
    @ApiResponse(responseCode = "404", description = "No feed has this link (calendar.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> feed(@Parameter(description = "The feed's secret") String token) {
        return Problems.respond(calendars.feed(token), ics -> HttpResponse.ok(ics).contentType(CALENDAR));
    }

    @Post("/api/me/calendar-feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "newCalendarFeed", summary = "Make my calendar feed link",
            description = "A new secret link to the caller's feed of booked events; an earlier link stops working. "
                    + "The link is shown only in this answer.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "201", description = "The new link",
            content = @Content(schema = @Schema(implementation = CalendarFeed.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<CalendarFeed> newFeed(Authentication authentication) {
        String secret = calendars.newFeed(Actors.userId(authentication));
        return HttpResponse.created(new CalendarFeed("/api/calendar/" + secret + ".ics", secret));
    }

    @Delete("/api/me/calendar-feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke my calendar feed link",
            description = "The caller's feed link stops working.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "The caller has no feed link (calendar.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> revokeFeed(Authentication authentication) {
        return calendars.revokeFeed(Actors.userId(authentication)) ? HttpResponse.noContent()
                : Problems.of(EventCalendars.NO_FEED);
    }
}
