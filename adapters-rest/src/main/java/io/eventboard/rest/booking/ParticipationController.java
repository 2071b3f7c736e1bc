package io.eventboard.rest.booking;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.rating.query.ListRatings;
import io.eventboard.application.rating.rate.RateEvent;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.rating.Score;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.eventboard.rest.web.PageResource;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;

/** Taking part in an event: book a seat, give it back, rate the event afterwards, read its ratings. */
@Controller("/api/events/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ParticipationController {

    private final BookSeat bookSeat;
    private final CancelBooking cancelBooking;
    private final RateEvent rateEvent;
    private final ListRatings listRatings;
    private final ParticipationMapper mapper;

    public ParticipationController(BookSeat bookSeat, CancelBooking cancelBooking, RateEvent rateEvent,
                                   ListRatings listRatings, ParticipationMapper mapper) {
        this.bookSeat = bookSeat;
        this.cancelBooking = cancelBooking;
        this.rateEvent = rateEvent;
        this.listRatings = listRatings;
        this.mapper = mapper;
    }

    @Post("/book")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> book(UUID id, Authentication authentication) {
        return Problems.respond(bookSeat.book(new BookSeat.Command(new EventId(id), Actors.userId(authentication))),
                booking -> HttpResponse.created(mapper.toResource(booking)));
    }

    @Post("/cancel-booking")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> cancelBooking(UUID id, Authentication authentication) {
        return Problems.respond(cancelBooking.cancel(new CancelBooking.Command(new EventId(id),
                Actors.userId(authentication))), booking -> HttpResponse.ok(mapper.toResource(booking)));
    }

    @Post("/rate")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> rate(UUID id, @Body RatingRequest request, Authentication authentication) {
        new Validation().requirePresent(request.score(), "score").check();
        return Problems.respond(rateEvent.rate(new RateEvent.Command(new EventId(id), Actors.userId(authentication),
                new Score(request.score()), request.comment())), rating -> HttpResponse.ok(mapper.toResource(rating)));
    }

    @Get("/ratings")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> ratings(UUID id, @Nullable @QueryValue String page, @Nullable @QueryValue String size) {
        return Problems.respond(listRatings.of(new EventId(id), QueryParameters.page(page, size)),
                ratings -> HttpResponse.ok(PageResource.of(ratings, mapper::toResource)));
    }
}
