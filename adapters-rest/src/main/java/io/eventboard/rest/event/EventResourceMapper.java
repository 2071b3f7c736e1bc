package io.eventboard.rest.event;

import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.event.EventStatus;
import java.util.Locale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Read model to wire format; enum values go out lower-case, averages with two decimals, the time zone as its IANA
 * id.
 */
@Mapper(componentModel = "jakarta")
public interface EventResourceMapper {

    @Mapping(target = "seatsFree", expression = "java(view.seatsFree())")
    @Mapping(target = "ratingAvg", expression = "java(Math.round(view.ratingAvg() * 100) / 100.0)")
    @Mapping(target = "timeZone", expression = "java(view.timeZone().getId())")
    @Mapping(target = "localStartsAt", expression = "java(view.localStartsAt())")
    @Mapping(target = "localEndsAt", expression = "java(view.localEndsAt())")
    @Mapping(target = "waitlistMode", expression = "java(view.waitlist().mode().name().toLowerCase(java.util.Locale.ROOT))")
    @Mapping(target = "waitlistOfferHold", expression = "java(view.waitlist().offerHold().toString())")
    EventResource toResource(EventView view);

    EventResource.VenueRef venue(EventView.VenueRef venue);

    EventResource.ChannelRef channel(EventView.ChannelRef channel);

    EventResource.OrganizerRef organizer(EventView.OrganizerRef organizer);

    default String status(EventStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
