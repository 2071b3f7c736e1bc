package io.eventboard.rest.booking;

import io.eventboard.application.booking.query.ListMyBookings;
import io.eventboard.rest.security.Actors;
import io.eventboard.rest.web.PageResource;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** The caller's own bookings, newest first. */
@Controller("/api/bookings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class BookingsController {

    private final ListMyBookings listMyBookings;
    private final ParticipationMapper mapper;

    public BookingsController(ListMyBookings listMyBookings, ParticipationMapper mapper) {
        this.listMyBookings = listMyBookings;
        this.mapper = mapper;
    }

    @Get
    public PageResource<BookingResource> mine(Authentication authentication, @Nullable @QueryValue String page,
                                              @Nullable @QueryValue String size) {
        return PageResource.of(listMyBookings.of(Actors.userId(authentication), QueryParameters.page(page, size)),
                mapper::toResource);
    }
}
