package io.eventboard.persistence.dashboard;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.booking.query.AttendeeView;
import io.eventboard.application.booking.query.Attendees;
import io.eventboard.application.dashboard.BoardFigures;
import io.eventboard.application.notification.admin.DeliveryLog;
import io.eventboard.application.notification.admin.DeliveryLog.DeliveryCounts;
import io.eventboard.application.notification.admin.DeliveryLog.HourlyDeliveries;
import io.eventboard.application.notification.admin.NotificationFilter;
import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The reads behind the admin panel: the outbox log, deliveries per hour, dashboard counts, attendee lists. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminReadsTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    DeliveryLog log;
    @Inject
    BoardFigures figures;
    @Inject
    Attendees attendees;
    @Inject
    Outbox outbox;
    @Inject
    Bookings bookings;
    @Inject
    Given given;

    @Test
    void theLogListsEveryNotificationNewestFirstFilteredByStatusAndChannel() throws SQLException {
        Notification oldLog = queued(DeliveryChannel.LOG, "a", NOW.minus(hours(3)));
        Notification failedEmail = queued(DeliveryChannel.EMAIL, "b", NOW.minus(hours(2)));
        Notification newLog = queued(DeliveryChannel.LOG, "c", NOW.minus(hours(1)));
        fail(failedEmail, NOW);

        assertThat(ids(log.list(NotificationFilter.ALL, PageRequest.first(), 100)))
                .containsExactly(newLog.id(), failedEmail.id(), oldLog.id());
        assertThat(ids(log.list(new NotificationFilter(NotificationStatus.FAILED, null), PageRequest.first(), 100)))
                .containsExactly(failedEmail.id());
        assertThat(ids(log.list(new NotificationFilter(NotificationStatus.QUEUED, DeliveryChannel.LOG),
                PageRequest.first(), 100))).containsExactly(newLog.id(), oldLog.id());
        assertThat(ids(log.list(new NotificationFilter(NotificationStatus.SENT, DeliveryChannel.LOG),
                PageRequest.first(), 100))).isEmpty();
        NotificationView shown = log.list(new NotificationFilter(null, DeliveryChannel.EMAIL), PageRequest.first(),
                100).items().get(0);
        assertThat(shown.notification().status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(shown.notification().lastError()).isEqualTo("SMTP said no");
        assertThat(shown.notification().attempts()).isEqualTo(5);
    }

    @Test
    void theLogPagesAndStopsCountingAtTheCap() {
        for (int i = 0; i < 5; i++) {
            queued(DeliveryChannel.LOG, "n" + i, NOW.plusSeconds(i));
        }

        Page<NotificationView> second = log.list(NotificationFilter.ALL, new PageRequest(2, 2), 100);
        Page<NotificationView> capped = log.list(NotificationFilter.ALL, new PageRequest(1, 2), 3);

        assertThat(second.items()).hasSize(2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalExact()).isTrue();
        assertThat(capped.total()).isEqualTo(3);
        assertThat(capped.totalExact()).isFalse();
    }

    @Test
    void deliveriesAreCountedSinceAMomentAndPerHourWithEmptyHours() throws SQLException {
        Instant hour = Instant.parse("2026-06-01T10:00:00Z");
        send(queued(DeliveryChannel.LOG, "s1", hour.minus(hours(3))), hour.minus(Duration.ofMinutes(150)));
        send(queued(DeliveryChannel.LOG, "s2", hour.minus(hours(3))), hour.plus(Duration.ofMinutes(10)));
        send(queued(DeliveryChannel.LOG, "s3", hour.minus(hours(3))), hour.plus(Duration.ofMinutes(50)));
        fail(queued(DeliveryChannel.EMAIL, "f1", hour.minus(hours(3))), hour.plus(Duration.ofMinutes(20)));
        queued(DeliveryChannel.LOG, "q1", hour);

        List<HourlyDeliveries> perHour = log.perHour(hour.minus(Duration.ofMinutes(150)),
                hour.plus(Duration.ofMinutes(55)));

        assertThat(perHour).containsExactly(
                new HourlyDeliveries(hour.minus(hours(3)), 1, 0),
                new HourlyDeliveries(hour.minus(hours(2)), 0, 0),
                new HourlyDeliveries(hour.minus(hours(1)), 0, 0),
                new HourlyDeliveries(hour, 2, 1));
        assertThat(log.since(hour.plus(Duration.ofMinutes(15)))).isEqualTo(new DeliveryCounts(1, 1));
        assertThat(log.since(hour.minus(hours(5)))).isEqualTo(new DeliveryCounts(3, 1));
    }

    @Test
    void theDashboardCountsEventsPerStatusAndBookingsSinceAMoment() {
        UserId ann = given.user("ann");
        UserId bob = given.user("bob");
        Event open = given.event(anEvent());
        given.event(anEvent());
        given.event(anEvent().inStatus(EventStatus.CANCELLED));
        book(open, ann, NOW.minus(hours(30)));
        book(open, bob, NOW.minus(hours(2)));

        assertThat(figures.eventsByStatus()).containsEntry(EventStatus.SCHEDULED, 2L)
                .containsEntry(EventStatus.CANCELLED, 1L).doesNotContainKey(EventStatus.ONGOING);
        assertThat(figures.bookingsSince(NOW.minus(hours(24)))).isEqualTo(1);
        assertThat(figures.bookingsSince(NOW.minus(hours(48)))).isEqualTo(2);
    }

    @Test
    void theAttendeeListHasEveryBookingOfTheEventOldestFirstWithUsernames() {
        UserId ann = given.user("ann");
        UserId bob = given.user("bob");
        Event event = given.event(anEvent());
        Event other = given.event(anEvent());
        Booking bobs = book(event, bob, NOW.minus(hours(2)));
        Booking anns = book(event, ann, NOW.minus(hours(1)));
        book(other, ann, NOW);

        Page<AttendeeView> page = attendees.of(event.id(), PageRequest.first());

        assertThat(page.items()).extracting(AttendeeView::username).containsExactly("bob", "ann");
        assertThat(page.items().get(0)).isEqualTo(new AttendeeView(bobs.id().value(), event.id().value(),
                bob.value(), "bob", BookingStatus.ACTIVE, NOW.minus(hours(2)), null));
        assertThat(page.items().get(1).bookingId()).isEqualTo(anns.id().value());
        assertThat(page.total()).isEqualTo(2);
        assertThat(attendees.of(event.id(), new PageRequest(2, 1)).items()).extracting(AttendeeView::username)
                .containsExactly("ann");
    }

    private Notification queued(DeliveryChannel channel, String key, Instant at) {
        Notification notification = Notification.queue(new NotificationId(UUID.randomUUID()),
                new Recipient(channel, null, channel == DeliveryChannel.EMAIL ? "ops@example.org" : "operators"),
                NotificationKind.CUSTOM, "Subject " + key, "Body " + key, key, null, at);
        outbox.enqueue(List.of(notification));
        return notification;
    }

    private static void send(Notification notification, Instant at) throws SQLException {
        DirectSql.execute("UPDATE notifications SET status = 'SENT', attempts = 1, sent_at = ?, updated_at = ? "
                + "WHERE id = ?", at, at, notification.id().value());
    }

    private static void fail(Notification notification, Instant at) throws SQLException {
        DirectSql.execute("UPDATE notifications SET status = 'FAILED', attempts = 5, last_error = 'SMTP said no', "
                + "updated_at = ? WHERE id = ?", at, notification.id().value());
    }

    private Booking book(Event event, UserId user, Instant at) {
        Booking booking = Booking.active(new BookingId(UUID.randomUUID()), event.id(), user, at);
        bookings.add(booking);
        return booking;
    }

    private static List<NotificationId> ids(Page<NotificationView> page) {
        return page.items().stream().map(view -> view.notification().id()).toList();
    }
}
