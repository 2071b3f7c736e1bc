package io.eventboard.domain.event;

import static io.eventboard.domain.event.EventStatus.COMPLETED;
import static io.eventboard.domain.event.EventStatus.ONGOING;
import static io.eventboard.domain.event.EventStatus.SCHEDULED;
import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.eventboard.domain.testdata.DomainGen;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class StatusPolicyPropertiesTest {

    private static final StatusPolicy POLICY = new StatusPolicy(StatusPolicy.DEFAULT_DURATION);

    /** No end (lasting the default two hours), or an end 1 minute to 5 hours after the start. */
    private static Gen<Optional<Duration>> lengths() {
        return DomainGen.minutesBetween(1, 300).toOptionals(25);
    }

    /** The boundaries the policy decides at. */
    enum Anchor { START, END }

    private static Gen<Anchor> anchors() {
        return Generate.enumValues(Anchor.class);
    }

    /** {@code now}: at, next to, or hours away from the start or the (default) end. */
    private static Gen<Duration> offsets() {
        return DomainGen.offsetsAroundABoundary(Duration.ofHours(5));
    }

    private static Instant at(Event event, Anchor anchor, Duration offset) {
        return (anchor == Anchor.START ? event.startsAt() : POLICY.effectiveEnd(event)).plus(offset);
    }

    @Test
    void anEventIsDueToStartExactlyWhenScheduledAndItsStartIsReached() {
        qt().forAll(DomainGen.eventStatuses(), lengths(), anchors(), offsets())
                .checkAssert((status, length, anchor, offset) -> {
                    Event event = event(status, length);
                    Instant now = at(event, anchor, offset);

                    assertThat(POLICY.dueToStart(event, now))
                            .isEqualTo(status == SCHEDULED && !now.isBefore(event.startsAt()));
                });
    }

    @Test
    void aLiveEventIsDueToCompleteExactlyWhenItsEndOrDefaultEndIsReached() {
        qt().forAll(DomainGen.eventStatuses(), lengths(), anchors(), offsets())
                .checkAssert((status, length, anchor, offset) -> {
                    Event event = event(status, length);
                    Instant now = at(event, anchor, offset);
                    Instant end = event.startsAt().plus(length.orElse(StatusPolicy.DEFAULT_DURATION));

                    assertThat(POLICY.effectiveEnd(event)).isEqualTo(end);
                    assertThat(POLICY.dueToComplete(event, now))
                            .isEqualTo(EventStatus.live().contains(status) && !now.isBefore(end));
                });
    }

    @Test
    void statusAtIsWhereAdvanceTakesTheEvent() {
        qt().forAll(DomainGen.eventStatuses(), lengths(), anchors(), offsets())
                .checkAssert((status, length, anchor, offset) -> {
                    Event event = event(status, length);
                    Instant now = at(event, anchor, offset);

                    EventStatus reached = POLICY.advance(event, now).map(a -> a.event().status()).orElse(status);

                    assertThat(POLICY.statusAt(event, now)).isEqualTo(reached);
                });
    }

    @Test
    void anEventMissedForHoursGoesFromScheduledToCompletedInOneCall() {
        qt().forAll(lengths(), DomainGen.minutesBetween(0, 48 * 60))
                .checkAssert((length, overdue) -> {
                    Event event = event(SCHEDULED, length);
                    Instant now = POLICY.effectiveEnd(event).plus(overdue);

                    StatusPolicy.Advance advance = POLICY.advance(event, now).orElseThrow();

                    assertThat(advance.started()).isTrue();
                    assertThat(advance.completed()).isTrue();
                    assertThat(advance.event().status()).isEqualTo(COMPLETED);
                    assertThat(advance.event().updatedAt()).isEqualTo(now);
                });
    }

    @Test
    void nothingHappensBeforeTheStart() {
        Event event = anEvent().startingIn(hours(1)).build();

        assertThat(POLICY.advance(event, NOW)).isEmpty();
        assertThat(POLICY.statusAt(event, NOW)).isEqualTo(SCHEDULED);
    }

    @Test
    void anEventStartsButDoesNotCompleteBetweenItsStartAndItsEnd() {
        Event event = anEvent().startedAgo(minutes(30)).lasting(hours(1)).build();

        StatusPolicy.Advance advance = POLICY.advance(event, NOW).orElseThrow();

        assertThat(advance.started()).isTrue();
        assertThat(advance.completed()).isFalse();
        assertThat(advance.event().status()).isEqualTo(ONGOING);
    }

    @Test
    void anOngoingEventCompletesWithoutStartingAgain() {
        Event event = anEvent().inStatus(ONGOING).startedAgo(hours(3)).build();

        StatusPolicy.Advance advance = POLICY.advance(event, NOW).orElseThrow();

        assertThat(advance.started()).isFalse();
        assertThat(advance.completed()).isTrue();
        assertThat(advance.event().status()).isEqualTo(COMPLETED);
    }

    @Test
    void theDefaultDurationMustBePositive() {
        assertThatThrownBy(() -> new StatusPolicy(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatusPolicy(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatusPolicy(null)).isInstanceOf(NullPointerException.class);
    }

    private static Event event(EventStatus status, Optional<Duration> length) {
        return anEvent().inStatus(status).startingIn(hours(1)).lasting(length.orElse(null)).build();
    }
}
