package io.eventboard.domain.event;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.eventboard.domain.testdata.DomainGen;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The organizer may edit from creation until the window closes, both ends included; admins at any time; nobody
 * a completed or cancelled event; no local user an imported one.
 */
class EditWindowPropertiesTest {

    private static final UserId ORGANIZER = new UserId(new UUID(0, 1));
    private static final Instant CREATED_AT = TestTime.NOW;

    enum Who { ORGANIZER, SOMEONE_ELSE, ADMIN, ORGANIZER_WHO_IS_ADMIN }

    private static Actor actor(Who who) {
        return switch (who) {
            case ORGANIZER -> Actor.user(ORGANIZER);
            case SOMEONE_ELSE -> Actor.user(new UserId(new UUID(0, 2)));
            case ADMIN -> Actor.admin(new UserId(new UUID(0, 3)));
            case ORGANIZER_WHO_IS_ADMIN -> Actor.admin(ORGANIZER);
        };
    }

    private static Gen<Who> anyone() {
        return Generate.enumValues(Who.class);
    }

    /** Window lengths from none at all to two hours, by the second. */
    private static Gen<Duration> windowLengths() {
        return DomainGen.secondsBetween(0, 2 * 3600);
    }

    /** Instants from two hours before creation to three hours after, as offsets from creation. */
    private static Gen<Duration> sinceCreation() {
        return DomainGen.secondsBetween(-2 * 3600, 3 * 3600);
    }

    private static Gen<EventStatus> liveStatuses() {
        return Generate.pick(EventStatus.live().stream().sorted().toList());
    }

    private static Gen<EventStatus> finalStatuses() {
        return Generate.pick(java.util.List.of(EventStatus.COMPLETED, EventStatus.CANCELLED));
    }

    /** The two ends of the window. */
    enum End { OPENS, CLOSES }

    @Test
    void theOrganizerMayEditExactlyInsideTheWindow() {
        qt().forAll(liveStatuses(), windowLengths(), Generate.enumValues(End.class),
                        DomainGen.offsetsAroundABoundary(Duration.ofHours(2)))
                .checkAssert((status, length, end, offset) -> {
                    EditWindow window = new EditWindow(length);
                    Event event = localEvent(status);
                    Instant now = (end == End.OPENS ? CREATED_AT : CREATED_AT.plus(length)).plus(offset);
                    boolean inside = !now.isBefore(CREATED_AT) && !now.isAfter(CREATED_AT.plus(length));

                    assertThat(window.isOpen(event, now)).isEqualTo(inside);
                    if (inside) {
                        assertThat(window.check(event, actor(Who.ORGANIZER), now)).isEmpty();
                    } else {
                        assertThat(window.check(event, actor(Who.ORGANIZER), now))
                                .contains(EventRefusals.EDIT_WINDOW_CLOSED);
                    }
                });
    }

    @Test
    void someoneWhoIsNeitherOrganizerNorAdminIsNeverAllowed() {
        qt().forAll(liveStatuses(), windowLengths(), sinceCreation())
                .checkAssert((status, length, sinceCreation) -> assertThat(new EditWindow(length)
                        .check(localEvent(status), actor(Who.SOMEONE_ELSE), CREATED_AT.plus(sinceCreation)))
                        .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("event.not-organizer")));
    }

    @Test
    void adminsMayEditALiveLocalEventAtAnyTime() {
        qt().forAll(liveStatuses(), windowLengths(), sinceCreation(),
                        Generate.pick(java.util.List.of(Who.ADMIN, Who.ORGANIZER_WHO_IS_ADMIN)))
                .checkAssert((status, length, sinceCreation, admin) -> assertThat(new EditWindow(length)
                        .check(localEvent(status), actor(admin), CREATED_AT.plus(sinceCreation))).isEmpty());
    }

    @Test
    void nobodyMayEditACompletedOrCancelledEvent() {
        qt().forAll(finalStatuses(), windowLengths(), sinceCreation(), anyone())
                .checkAssert((status, length, sinceCreation, who) -> assertThat(new EditWindow(length)
                        .check(localEvent(status), actor(who), CREATED_AT.plus(sinceCreation)))
                        .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("event.finished")));
    }

    @Test
    void importedEventsAreReadOnlyForEveryone() {
        qt().forAll(DomainGen.eventStatuses(), windowLengths(), sinceCreation(), anyone())
                .checkAssert((status, length, sinceCreation, who) -> {
                    Event event = anEvent().inStatus(status).organizedBy(ORGANIZER).createdAgo(Duration.ZERO)
                            .importedFrom("upstream", "ev-1").build();

                    assertThat(new EditWindow(length).check(event, actor(who), CREATED_AT.plus(sinceCreation)))
                            .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("event.read-only"));
                });
    }

    @Test
    void theWindowClosesItsLengthAfterCreation() {
        qt().forAll(windowLengths()).checkAssert(length -> assertThat(
                new EditWindow(length).closesAt(localEvent(EventStatus.SCHEDULED))).isEqualTo(CREATED_AT.plus(length)));
    }

    @Test
    void editingExactlyOneHourAfterCreationIsAllowedAndOneNanosecondLaterIsNot() {
        EditWindow window = new EditWindow(EditWindow.DEFAULT_LENGTH);
        Event event = localEvent(EventStatus.SCHEDULED);
        Instant oneHourLater = CREATED_AT.plus(Duration.ofHours(1));

        assertThat(window.check(event, actor(Who.ORGANIZER), oneHourLater)).isEmpty();
        assertThat(window.check(event, actor(Who.ORGANIZER), oneHourLater.plusNanos(1)))
                .contains(EventRefusals.EDIT_WINDOW_CLOSED);
        assertThat(EventRefusals.EDIT_WINDOW_CLOSED.code()).isEqualTo("event.edit-window-closed");
    }

    @Test
    void editingAtTheInstantOfCreationIsAllowedAndJustBeforeIsNot() {
        EditWindow window = new EditWindow(EditWindow.DEFAULT_LENGTH);
        Event event = localEvent(EventStatus.SCHEDULED);

        assertThat(window.check(event, actor(Who.ORGANIZER), CREATED_AT)).isEmpty();
        assertThat(window.check(event, actor(Who.ORGANIZER), CREATED_AT.minusNanos(1)))
                .contains(EventRefusals.EDIT_WINDOW_CLOSED);
    }

    @Test
    void aWindowCannotHaveANegativeLength() {
        assertThatThrownBy(() -> new EditWindow(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EditWindow(null)).isInstanceOf(NullPointerException.class);
    }

    private static Event localEvent(EventStatus status) {
        return anEvent().inStatus(status).organizedBy(ORGANIZER).createdAgo(Duration.ZERO).build();
    }
}
