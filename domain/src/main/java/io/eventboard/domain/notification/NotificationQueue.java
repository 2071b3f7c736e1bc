package io.eventboard.domain.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: the dispatcher's side of the outbox. Claims are exclusive across any number of dispatchers. */
public interface NotificationQueue {

    /**
     * Claims at most {@code limit} due notifications, highest priority first, skipping those another worker
     * holds: each comes back SENDING with one more attempt, leased to {@code worker} until {@code leaseUntil}.
     */
    default List<Notification> claimDue(Instant now, int limit, String worker, Instant leaseUntil) {
        return claimDue(now, limit, worker, leaseUntil, Set.of());
    }

    /**
     * As {@link #claimDue(Instant, int, String, Instant)}, except that the claimed notifications on the
     * {@code stored} channels (those whose stored row is the delivery, {@link NotificationSender.Reach#STORED})
     * come back SENT at {@code now} instead of SENDING: one more attempt, delivered, no lease.
     */
    List<Notification> claimDue(Instant now, int limit, String worker, Instant leaseUntil, Set<DeliveryChannel> stored);

    /** Stores the outcome of an attempt, if {@code worker} still holds the lease. Returns whether it did. */
    boolean record(Notification notification, String worker);

    /**
     * Stores the outcomes of a batch of attempts at once, each only if {@code worker} still holds its lease.
     * Returns the ids of the outcomes it stored.
     */
    Collection<NotificationId> recordAll(List<Notification> outcomes, String worker);

    /** How many notifications are in each status; statuses with none may be missing. */
    Map<NotificationStatus, Long> countByStatus();

    /** Notifications whose lease ran out before their sender reported back. */
    List<Notification> expiredLeases(Instant now, int limit);

    /** Stores a notification changed outside a lease (an expired lease settled, an operator's retry). */
    void update(Notification notification);

    Optional<Notification> findById(NotificationId id);

    Optional<Notification> findByDedupeKey(String dedupeKey);
}
