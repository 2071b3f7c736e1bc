package io.eventboard.domain.event;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CancellingAnEventTest {

    private final UserId organizer = new UserId(UUID.randomUUID());
    private final UserId stranger = new UserId(UUID.randomUUID());

    @Test
    void theOrganizerMayCancelLongAfterTheEditWindowClosed() {
        Event event = anEvent().organizedBy(organizer).createdAgo(hours(48)).build();

        assertThat(event.cancelBy(Actor.user(organizer), TestTime.NOW).value().status())
                .isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void anAdminMayCancelAnyonesEvent() {
        Event event = anEvent().organizedBy(organizer).inStatus(EventStatus.ONGOING).build();

        assertThat(event.cancelBy(Actor.admin(stranger), TestTime.NOW).value().status())
                .isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void someoneElseMayNotCancel() {
        Event event = anEvent().organizedBy(organizer).build();

        assertThat(event.cancelBy(Actor.user(stranger), TestTime.NOW).rejection()).isEqualTo(EventRefusals.NOT_ORGANIZER);
    }

    @Test
    void anImportedEventIsCancelledOnlyUpstream() {
        Event event = anEvent().organizedBy(organizer).importedFrom("feed", "42").build();

        assertThat(event.cancelBy(Actor.admin(stranger), TestTime.NOW).rejection()).isEqualTo(EventRefusals.IMPORTED);
    }

    @Test
    void aCompletedEventCannotBeCancelled() {
        Event event = anEvent().organizedBy(organizer).inStatus(EventStatus.COMPLETED).build();

        assertThat(event.cancelBy(Actor.user(organizer), TestTime.NOW).rejection().code())
                .isEqualTo("event.illegal-transition");
    }

    @Test
    void theNextVersionIsTheSameStateOneVersionLater() {
        Event event = anEvent().atVersion(4).build();

        assertThat(event.nextVersion()).isEqualTo(anEventLike(event, 5));
    }

    private static Event anEventLike(Event event, long version) {
        return new Event(event.id(), event.details(), event.status(), event.seatsBooked(), event.ratings(),
                event.organizer(), event.source(), event.createdAt(), event.updatedAt(), version);
    }
}
