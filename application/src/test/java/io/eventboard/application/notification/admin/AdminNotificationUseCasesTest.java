package io.eventboard.application.notification.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.dashboard.BoardFigures;
import io.eventboard.application.dashboard.Dashboard;
import io.eventboard.application.dashboard.ShowDashboard;
import io.eventboard.application.notification.admin.DeliveryLog.DeliveryCounts;
import io.eventboard.application.notification.admin.DeliveryLog.HourlyDeliveries;
import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationRefusals;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.testdata.NotificationBuilder;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admins' read side of the outbox and the dashboard: what they ask the ports, and what they add. */
class AdminNotificationUseCasesTest {

    /** A delivery log that remembers its questions and answers fixed figures. */
    private static final class RecordingLog implements DeliveryLog {
        final List<Object> asked = new ArrayList<>();
        final NotificationView failed = new NotificationView(NotificationBuilder.aNotification()
                .inStatus(NotificationStatus.FAILED).build(), null);

        @Override
        public Page<NotificationView> list(NotificationFilter filter, PageRequest page, long countCap) {
            asked.add(filter);
            asked.add(countCap);
            return new Page<>(List.of(failed), page.page(), page.size(), 1, true);
        }

        @Override
        public DeliveryCounts since(Instant from) {
            asked.add(from);
            return new DeliveryCounts(7, 2);
        }

        @Override
        public List<HourlyDeliveries> perHour(Instant from, Instant to) {
            asked.add(from);
            asked.add(to);
            return List.of(new HourlyDeliveries(from, 1, 0));
        }
    }

    private final RecordingLog log = new RecordingLog();
    private final Actor admin = Actor.admin(new UserId(UUID.randomUUID()));

    @Test
    void admins_list_notifications_by_filter_with_the_configured_count_cap() {
        NotificationFilter filter = new NotificationFilter(NotificationStatus.FAILED, DeliveryChannel.EMAIL);

        Page<NotificationView> page = new ListNotifications(log, 500).list(admin, filter, PageRequest.first()).value();

        assertThat(page.items()).containsExactly(log.failed);
        assertThat(log.asked).containsExactly(filter, 500L);
        assertThat(NotificationFilter.ALL).isEqualTo(new NotificationFilter(null, null));
    }

    @Test
    void users_may_not_list_everyones_notifications_and_the_cap_must_be_positive() {
        assertThat(new ListNotifications(log, 10).list(Actor.user(new UserId(UUID.randomUUID())),
                NotificationFilter.ALL, PageRequest.first()).rejection()).isEqualTo(NotificationRefusals.ADMINS_ONLY);
        assertThat(log.asked).isEmpty();
        assertThatThrownBy(() -> new ListNotifications(log, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_history_covers_the_asked_hours_ending_now() {
        DeliveryHistory history = new DeliveryHistory(log, TestTime.fixedClock());

        List<HourlyDeliveries> hours = history.lastHours(24);

        assertThat(hours).hasSize(1);
        assertThat(log.asked).containsExactly(TestTime.NOW.minus(Duration.ofHours(23)), TestTime.NOW);
    }

    @Test
    void the_history_is_1_to_168_hours_long() {
        DeliveryHistory history = new DeliveryHistory(log, TestTime.fixedClock());

        for (int hours : new int[] {0, 169}) {
            assertThatThrownBy(() -> history.lastHours(hours)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("hours must be between 1 and 168");
        }
        history.lastHours(1);
        assertThat(log.asked).containsExactly(TestTime.NOW, TestTime.NOW);
    }

    @Test
    void the_dashboard_counts_every_status_todays_bookings_in_the_zone_and_the_last_hours_deliveries() {
        List<Instant> bookingsAskedSince = new ArrayList<>();
        BoardFigures figures = new BoardFigures() {
            @Override
            public Map<EventStatus, Long> eventsByStatus() {
                return Map.of(EventStatus.SCHEDULED, 4L, EventStatus.CANCELLED, 1L);
            }

            @Override
            public long bookingsSince(Instant from) {
                bookingsAskedSince.add(from);
                return 3;
            }
        };
        // TestTime.NOW is 2026-06-01T10:00:00Z: in Tokyo (UTC+9) that day began at 2026-05-31T15:00:00Z.
        Dashboard dashboard = new ShowDashboard(figures, log, TestTime.fixedClock()).show(ZoneId.of("Asia/Tokyo"));

        assertThat(dashboard.eventsByStatus()).containsEntry(EventStatus.SCHEDULED, 4L)
                .containsEntry(EventStatus.ONGOING, 0L).containsEntry(EventStatus.COMPLETED, 0L)
                .containsEntry(EventStatus.CANCELLED, 1L);
        assertThat(dashboard.todayStartsAt()).isEqualTo(Instant.parse("2026-05-31T15:00:00Z"));
        assertThat(bookingsAskedSince).containsExactly(dashboard.todayStartsAt());
        assertThat(dashboard.bookingsToday()).isEqualTo(3);
        assertThat(log.asked).containsExactly(TestTime.NOW.minus(Duration.ofHours(1)));
        assertThat(dashboard.sentLastHour()).isEqualTo(7);
        assertThat(dashboard.failedLastHour()).isEqualTo(2);
        assertThat(dashboard.at()).isEqualTo(TestTime.NOW);
        assertThat(new DeliveryCounts(1, 2).failed()).isEqualTo(2);
    }
}
