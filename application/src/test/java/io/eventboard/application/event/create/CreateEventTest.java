package io.eventboard.application.event.create;

import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.RatingSummary;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreateEventTest {

    private final TestBoard board = TestBoard.now();
    private final CreateEvent createEvent = board.createEvent();
    private final UserId organizer = board.aUser();

    private EventDetails details(VenueId venue, ChannelId channel, Set<String> tags, Instant startsAt) {
        return new EventDetails("Kotlin meetup", "Talks", venue, channel, tags, startsAt, startsAt.plus(hours(2)), 30);
    }

    private EventDetails details(VenueId venue, ChannelId channel, Set<String> tags) {
        return details(venue, channel, tags, board.instant().plus(hours(24)));
    }

    @Test
    void a_user_announces_a_scheduled_event_and_becomes_its_organizer() {
        EventDetails details = details(null, null, Set.of());

        Event event = createEvent.create(new CreateEvent.Command(organizer, details));

        assertThat(event.organizer()).isEqualTo(organizer);
        assertThat(event.details()).isEqualTo(details);
        assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(event.seatsBooked()).isZero();
        assertThat(event.ratings()).isEqualTo(RatingSummary.NONE);
        assertThat(event.createdAt()).isEqualTo(board.instant());
        assertThat(event.updatedAt()).isEqualTo(board.instant());
        assertThat(event.version()).isZero();
        assertThat(event.isImported()).isFalse();
        assertThat(board.events().all()).containsExactly(event);
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void every_event_gets_its_own_id() {
        Event first = createEvent.create(new CreateEvent.Command(organizer, details(null, null, Set.of())));
        Event second = createEvent.create(new CreateEvent.Command(organizer, details(null, null, Set.of())));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(board.events().all()).hasSize(2);
    }

    @Test
    void a_known_venue_channel_and_tags_are_accepted_with_tags_compared_ignoring_case() {
        VenueId venue = board.aVenue();
        ChannelId channel = board.aChannel();
        board.knownTags("kotlin", "jvm");

        Event event = createEvent.create(new CreateEvent.Command(organizer,
                details(venue, channel, Set.of(" Kotlin ", "JVM"))));

        assertThat(event.details().venueId()).contains(venue);
        assertThat(event.details().channelId()).contains(channel);
        assertThat(event.details().tags()).containsExactlyInAnyOrder("kotlin", "jvm");
        assertThat(board.events().get(event.id())).isEqualTo(event);
    }

    @Test
    void an_unknown_venue_is_refused_naming_the_field_and_nothing_is_stored() {
        assertRefused(details(new VenueId(UUID.randomUUID()), null, Set.of()), "venueId");
    }

    @Test
    void an_unknown_channel_is_refused_naming_the_field() {
        assertRefused(details(null, new ChannelId(UUID.randomUUID()), Set.of()), "channelId");
    }

    @Test
    void unknown_tags_are_refused_naming_each_unknown_tag() {
        board.knownTags("kotlin");

        InvalidInput refusal = assertRefused(details(null, null, Set.of("kotlin", "rust", "go")), "tags");

        assertThat(refusal.errors().get(0).message()).isEqualTo("unknown tags: go, rust");
    }

    @Test
    void every_unknown_reference_is_named_at_once() {
        InvalidInput refusal = assertRefused(details(new VenueId(UUID.randomUUID()),
                new ChannelId(UUID.randomUUID()), Set.of("rust")), "venueId", "channelId", "tags");

        assertThat(refusal.errors()).hasSize(3);
    }

    @Test
    void a_start_that_is_not_in_the_future_is_refused() {
        assertRefused(details(null, null, Set.of(), board.instant()), "startsAt");
        assertRefused(details(null, null, Set.of(), board.instant().minus(hours(1))), "startsAt");
    }

    @Test
    void the_command_needs_an_organizer_and_details() {
        assertThatThrownBy(() -> new CreateEvent.Command(null, details(null, null, Set.of())))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CreateEvent.Command(organizer, null)).isInstanceOf(NullPointerException.class);
    }

    private InvalidInput assertRefused(EventDetails details, String... fields) {
        InvalidInput refusal = catchThrowableOfType(
                () -> createEvent.create(new CreateEvent.Command(organizer, details)), InvalidInput.class);
        assertThat(refusal).isNotNull();
        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(fields);
        assertThat(board.events().all()).isEmpty();
        return refusal;
    }
}
