package io.eventboard.application.booking.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The attendee list: for the event's organizer and admins, of known events only. */
class ListAttendeesTest {

    private final UserId organizer = new UserId(UUID.randomUUID());
    private final EventView event = new EventView(UUID.randomUUID(), "Meetup", "", TestTime.NOW, null, 10,
            EventStatus.SCHEDULED, 1, 0, 0, null, null, new EventView.OrganizerRef(organizer.value(), "ann"),
            List.of(), false, TestTime.NOW, TestTime.NOW, 1, WaitlistPolicy.DEFAULT, null);
    private final AttendeeView ada = new AttendeeView(UUID.randomUUID(), event.id(), UUID.randomUUID(), "ada",
            BookingStatus.ACTIVE, TestTime.NOW, null);
    private final List<EventId> asked = new ArrayList<>();
    private final ListAttendees listAttendees = new ListAttendees(new OneEvent(), (id, page) -> {
        asked.add(id);
        return new Page<>(List.of(ada), page.page(), page.size(), 1, true);
    });

    @Test
    void the_organizer_and_admins_see_who_booked() {
        EventId id = new EventId(event.id());

        assertThat(listAttendees.of(Actor.user(organizer), id, PageRequest.first()).value().items())
                .containsExactly(ada);
        assertThat(listAttendees.of(Actor.admin(new UserId(UUID.randomUUID())), id, PageRequest.first()).value()
                .total()).isEqualTo(1);
        assertThat(asked).containsExactly(id, id);
    }

    @Test
    void anyone_else_is_refused_and_an_unknown_event_is_not_found() {
        assertThat(listAttendees.of(Actor.user(new UserId(UUID.randomUUID())), new EventId(event.id()),
                PageRequest.first()).rejection()).isEqualTo(ListAttendees.NOT_ORGANIZER);
        assertThat(ListAttendees.NOT_ORGANIZER.code()).isEqualTo(EventRefusals.NOT_ORGANIZER.code());
        assertThat(listAttendees.of(Actor.user(organizer), new EventId(UUID.randomUUID()), PageRequest.first())
                .rejection()).isEqualTo(EventRefusals.NOT_FOUND);
        assertThat(asked).isEmpty();
    }

    private final class OneEvent implements EventCatalog {

        @Override
        public Page<EventView> search(EventQuery query, long countCap) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<EventView> find(EventId id) {
            return id.value().equals(event.id()) ? Optional.of(event) : Optional.empty();
        }

        @Override
        public Page<EventView> upcomingFor(UserId user, Instant now, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }
}
