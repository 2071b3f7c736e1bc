package io.eventboard.domain.event;

import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.venue.VenueId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class EventDetailsTest {

    private static final Instant START = NOW.plusSeconds(3600);

    @Test
    void aBlankTitleIsRefusedNamingTheTitle() {
        assertRefusedOn(() -> details("   ", START, null, 10), "title");
        assertRefusedOn(() -> details(null, START, null, 10), "title");
    }

    @Test
    void aTitleOfMoreThan200CharactersIsRefusedAnd200AreFine() {
        assertRefusedOn(() -> details("x".repeat(201), START, null, 10), "title");
        assertThat(details("x".repeat(200), START, null, 10).title()).hasSize(200);
    }

    @Test
    void theTitleIsKeptWithoutSurroundingWhitespace() {
        assertThat(details("  Kotlin meetup \n", START, null, 10).title()).isEqualTo("Kotlin meetup");
    }

    @Test
    void theCapacityMustLieBetweenZeroAndOneHundredThousand() {
        assertRefusedOn(() -> details("t", START, null, -1), "capacity");
        assertRefusedOn(() -> details("t", START, null, 100_001), "capacity");
        assertThat(details("t", START, null, 0).capacity()).isZero();
        assertThat(details("t", START, null, 100_000).capacity()).isEqualTo(EventDetails.MAX_CAPACITY);
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertRefusedOn(() -> details("t", START, START, 10), "endsAt");
        assertRefusedOn(() -> details("t", START, START.minusSeconds(1), 10), "endsAt");
        assertThat(details("t", START, START.plusNanos(1), 10).end()).contains(START.plusNanos(1));
        assertThat(details("t", START, null, 10).end()).isEmpty();
    }

    @Test
    void theStartIsRequired() {
        assertRefusedOn(() -> details("t", null, null, 10), "startsAt");
        assertRefusedOn(() -> details("t", null, START, 10), "startsAt");
    }

    @Test
    void theDescriptionIsOptionalButLimited() {
        assertThat(details("t", START, null, 10).description()).isEmpty();
        assertRefusedOn(() -> new EventDetails("t", "d".repeat(10_001), null, null, Set.of(), START, null, 1),
                "description");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        assertThatThrownBy(() -> details("", null, null, -5))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("title", "startsAt", "capacity"));
    }

    @Test
    void tagsAreNormalizedAndMissingTagsMeanNone() {
        assertThat(new EventDetails("t", null, null, null, Set.of(" Java ", "KOTLIN"), START, null, 1).tags())
                .containsExactlyInAnyOrder("java", "kotlin");
        assertThat(new EventDetails("t", null, null, null, null, START, null, 1).tags()).isEmpty();
    }

    @Test
    void venueAndChannelAreOptional() {
        VenueId venue = new VenueId(UUID.randomUUID());
        ChannelId channel = new ChannelId(UUID.randomUUID());

        EventDetails placed = new EventDetails("t", null, venue, channel, Set.of(), START, null, 1);

        assertThat(placed.venueId()).contains(venue);
        assertThat(placed.channelId()).contains(channel);
        assertThat(details("t", START, null, 1).venueId()).isEmpty();
        assertThat(details("t", START, null, 1).channelId()).isEmpty();
        assertThat(venue).hasToString(venue.value().toString());
        assertThat(channel).hasToString(channel.value().toString());
    }

    @Test
    void changesReplaceExactlyTheFieldsTheyName() {
        EventDetails before = new EventDetails("Title", "Description", new VenueId(UUID.randomUUID()), null,
                Set.of("java"), START, START.plusSeconds(3600), 10);
        ChannelId channel = new ChannelId(UUID.randomUUID());
        VenueId venue = new VenueId(UUID.randomUUID());

        EventDetails all = before.with(new EventChanges("T2", "D2", venue, channel, Set.of("go"),
                START.plusSeconds(60), START.plusSeconds(7200), 20));
        EventDetails none = before.with(new EventChanges(null, null, null, null, null, null, null, null));

        assertThat(all).isEqualTo(new EventDetails("T2", "D2", venue, channel, Set.of("go"), START.plusSeconds(60),
                START.plusSeconds(7200), 20));
        assertThat(none).isEqualTo(before);
    }

    @Test
    void anotherStartEndOrVenueMovesTheEventAndOtherChangesDoNot() {
        EventDetails before = details("T", START, START.plusSeconds(3600), 10);
        VenueId venue = new VenueId(UUID.randomUUID());

        assertThat(before.with(new EventChanges(null, null, null, null, null, START.plusSeconds(1), null, null))
                .movesFrom(before)).isTrue();
        assertThat(before.with(new EventChanges(null, null, null, null, null, null, START.plusSeconds(60), null))
                .movesFrom(before)).isTrue();
        assertThat(before.with(new EventChanges(null, null, venue, null, null, null, null, null))
                .movesFrom(before)).isTrue();
        assertThat(before.with(new EventChanges("New title", "New text", null, null, Set.of("x"), null, null, 99))
                .movesFrom(before)).isFalse();
    }

    private static EventDetails details(String title, Instant startsAt, Instant endsAt, int capacity) {
        return new EventDetails(title, null, null, null, Set.of(), startsAt, endsAt, capacity);
    }

    private static void assertRefusedOn(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
    }
}
