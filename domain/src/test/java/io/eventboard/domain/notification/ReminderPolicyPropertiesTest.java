package io.eventboard.domain.notification;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.DomainGen;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ReminderPolicyPropertiesTest {

    private final ReminderPolicy hourBefore = new ReminderPolicy(ReminderPolicy.DEFAULT_LEAD);
    private final Event event = anEvent().startingIn(hours(5)).build();

    /** The two ends of the reminder stretch. */
    enum End { REMIND_AT, START }

    @Test
    void aReminderIsDueExactlyFromLeadBeforeTheStartUntilTheStart() {
        qt().forAll(DomainGen.minutesBetween(1, 180), Generate.enumValues(End.class),
                        DomainGen.offsetsAroundABoundary(Duration.ofHours(4)), DomainGen.eventStatuses())
                .checkAssert((lead, end, offset, status) -> {
                    Event event = anEvent().inStatus(status).startingIn(hours(5)).build();
                    Instant start = event.startsAt();
                    Instant now = (end == End.START ? start : start.minus(lead)).plus(offset);

                    assertThat(new ReminderPolicy(lead).isDue(event, now)).isEqualTo(status == EventStatus.SCHEDULED
                            && !now.isBefore(start.minus(lead)) && now.isBefore(start));
                });
    }

    @Test
    void theReminderStretchIncludesItsBeginningAndExcludesTheStart() {
        Instant start = event.startsAt();

        assertThat(hourBefore.remindAt(start)).isEqualTo(start.minus(Duration.ofHours(1)));
        assertThat(hourBefore.isDue(event, start.minus(Duration.ofHours(1)))).isTrue();
        assertThat(hourBefore.isDue(event, start.minus(Duration.ofHours(1)).minusNanos(1))).isFalse();
        assertThat(hourBefore.isDue(event, start.minusNanos(1))).isTrue();
        assertThat(hourBefore.isDue(event, start)).isFalse();
    }

    @Test
    void theLeadMustBePositive() {
        assertThatThrownBy(() -> new ReminderPolicy(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderPolicy(Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderPolicy(null)).isInstanceOf(NullPointerException.class);
    }
}
