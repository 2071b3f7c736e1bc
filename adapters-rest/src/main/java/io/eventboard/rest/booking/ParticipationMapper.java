package io.eventboard.rest.booking;

import io.eventboard.application.booking.query.AttendeeView;
import io.eventboard.application.booking.query.BookingView;
import io.eventboard.application.rating.query.RatingView;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.rating.Rating;
import java.util.Locale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Bookings and ratings to wire format. */
@Mapper(componentModel = "jakarta")
public interface ParticipationMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "eventId", source = "event.value")
    @Mapping(target = "userId", source = "user.value")
    @Mapping(target = "eventTitle", ignore = true)
    @Mapping(target = "eventStartsAt", ignore = true)
    @Mapping(target = "username", ignore = true)
    BookingResource toResource(Booking booking);

    @Mapping(target = "username", ignore = true)
    BookingResource toResource(BookingView booking);

    @Mapping(target = "id", source = "bookingId")
    @Mapping(target = "eventTitle", ignore = true)
    @Mapping(target = "eventStartsAt", ignore = true)
    BookingResource toResource(AttendeeView attendee);

    @Mapping(target = "eventId", source = "event.value")
    @Mapping(target = "userId", source = "user.value")
    @Mapping(target = "username", ignore = true)
    @Mapping(target = "score", source = "score.value")
    RatingResource toResource(Rating rating);

    RatingResource toResource(RatingView rating);

    default String status(BookingStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
