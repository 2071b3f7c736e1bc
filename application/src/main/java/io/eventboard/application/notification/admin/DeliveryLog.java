package io.eventboard.application.notification.admin;

import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import java.time.Instant;
import java.util.List;

/** Port: every notification in the outbox, for admins, and how deliveries went over time. */
public interface DeliveryLog {

    /**
     * The notifications matching {@code filter}, newest first (ties by id, newest first). The total is exact up to
     * {@code countCap}; beyond it the page says {@code total = countCap, totalExact = false}.
     */
    Page<NotificationView> list(NotificationFilter filter, PageRequest page, long countCap);

    /** Notifications sent (by {@code sent_at}) and failed for good (by their last change) since {@code from}. */
    DeliveryCounts since(Instant from);

    /**
     * Sent and failed notifications per hour (UTC hours) from the hour of {@code from} to the hour of {@code to},
     * oldest first, one entry per hour, hours without any with zeros.
     */
    List<HourlyDeliveries> perHour(Instant from, Instant to);

    /** How many notifications were sent, and how many failed for good. */
    record DeliveryCounts(long sent, long failed) {
    }

    /** The deliveries of the hour that starts at {@code hour}. */
    record HourlyDeliveries(Instant hour, long sent, long failed) {
    }
}
