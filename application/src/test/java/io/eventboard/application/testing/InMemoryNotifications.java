package io.eventboard.application.testing;

import io.eventboard.application.testing.InMemoryDatabase.Lease;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The outbox and the dispatcher's queue over the in-memory database: dedupe by key like the unique index of
 * the real schema, claims highest priority first (then the longest waiting) with a lease per worker, and an
 * outcome is stored only while its worker still holds the lease.
 */
public final class InMemoryNotifications implements Outbox, NotificationQueue {

    private static final Comparator<Notification> DISPATCH_ORDER =
            Comparator.comparing((Notification n) -> n.priority().rank()).reversed()
                    .thenComparing(Notification::nextAttemptAt)
                    .thenComparing(Notification::createdAt)
                    .thenComparing(n -> n.id().value());

    private final InMemoryDatabase db;

    public InMemoryNotifications(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public int enqueue(List<Notification> notifications) {
        return db.write("Outbox.enqueue", t -> {
            int stored = 0;
            for (Notification notification : notifications) {
                if (t.dedupeKeys.containsKey(notification.dedupeKey())) {
                    continue;
                }
                if (t.notifications.containsKey(notification.id())) {
                    throw new IllegalStateException("primary key violated: notification " + notification.id());
                }
                t.notifications.put(notification.id(), notification);
                t.dedupeKeys.put(notification.dedupeKey(), notification.id());
                stored++;
            }
            return stored;
        });
    }

    @Override
    public List<Notification> claimDue(Instant now, int limit, String worker, Instant leaseUntil,
                                       Set<DeliveryChannel> stored) {
        return db.write("NotificationQueue.claimDue", t -> {
            List<Notification> due = t.notifications.values().stream()
                    .filter(notification -> notification.isDue(now))
                    .sorted(DISPATCH_ORDER)
                    .limit(limit)
                    .toList();
            return due.stream().map(notification -> {
                Notification claimed = notification.claim(now).value();
                if (stored.contains(claimed.channel())) {
                    Notification delivered = claimed.delivered(now).value();
                    t.notifications.put(delivered.id(), delivered);
                    return delivered;
                }
                t.notifications.put(claimed.id(), claimed);
                t.leases.put(claimed.id(), new Lease(worker, leaseUntil));
                return claimed;
            }).toList();
        });
    }

    @Override
    public boolean record(Notification notification, String worker) {
        return db.write("NotificationQueue.record", t -> {
            Notification stored = t.notifications.get(notification.id());
            Lease lease = t.leases.get(notification.id());
            if (stored == null || stored.status() != NotificationStatus.SENDING || lease == null
                    || !lease.worker().equals(worker)) {
                return false;
            }
            t.notifications.put(notification.id(), notification);
            t.leases.remove(notification.id());
            return true;
        });
    }

    @Override
    public Collection<NotificationId> recordAll(List<Notification> outcomes, String worker) {
        return db.write("NotificationQueue.recordAll", t -> {
            List<NotificationId> recorded = new ArrayList<>();
            for (Notification notification : outcomes) {
                Notification stored = t.notifications.get(notification.id());
                Lease lease = t.leases.get(notification.id());
                if (stored == null || stored.status() != NotificationStatus.SENDING || lease == null
                        || !lease.worker().equals(worker)) {
                    continue;
                }
                t.notifications.put(notification.id(), notification);
                t.leases.remove(notification.id());
                recorded.add(notification.id());
            }
            return recorded;
        });
    }

    @Override
    public Map<NotificationStatus, Long> countByStatus() {
        return db.read(t -> {
            Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
            for (Notification notification : t.notifications.values()) {
                counts.merge(notification.status(), 1L, Long::sum);
            }
            return counts;
        });
    }

    @Override
    public List<Notification> expiredLeases(Instant now, int limit) {
        return db.write("NotificationQueue.expiredLeases", t -> t.notifications.values().stream()
                .filter(notification -> notification.status() == NotificationStatus.SENDING)
                .filter(notification -> {
                    Lease lease = t.leases.get(notification.id());
                    return lease != null && !lease.until().isAfter(now);
                })
                .sorted(Comparator.comparing((Notification n) -> t.leases.get(n.id()).until()))
                .limit(limit)
                .toList());
    }

    @Override
    public void update(Notification notification) {
        db.change("NotificationQueue.update", t -> {
            Notification stored = t.notifications.get(notification.id());
            if (stored == null) {
                throw new IllegalStateException("no notification " + notification.id() + " to update");
            }
            if (!stored.dedupeKey().equals(notification.dedupeKey())) {
                throw new IllegalStateException("the dedupe key of a notification never changes");
            }
            t.notifications.put(notification.id(), notification);
            t.leases.remove(notification.id());
        });
    }

    @Override
    public Optional<Notification> findById(NotificationId id) {
        return db.read(t -> Optional.ofNullable(t.notifications.get(id)));
    }

    @Override
    public Optional<Notification> findByDedupeKey(String dedupeKey) {
        return db.read(t -> Optional.ofNullable(t.dedupeKeys.get(dedupeKey)).map(t.notifications::get));
    }

    // ---- for tests ----

    /** Every notification, in the order they were written. */
    public List<Notification> all() {
        return db.read(t -> List.copyOf(t.notifications.values()));
    }

    public List<Notification> matching(Predicate<Notification> filter) {
        return all().stream().filter(filter).toList();
    }

    public List<Notification> ofKind(NotificationKind kind) {
        return matching(notification -> notification.kind() == kind);
    }

    /** Notifications addressed to the user, on any channel. */
    public List<Notification> to(UserId user) {
        return matching(notification -> user.equals(notification.recipient().user()));
    }

    public int count() {
        return all().size();
    }

    public Notification get(NotificationId id) {
        return findById(id).orElseThrow(() -> new AssertionError("no notification " + id));
    }

    /** The lease on the notification, if a worker holds one. */
    public Optional<Lease> leaseOf(NotificationId id) {
        return db.read(t -> Optional.ofNullable(t.leases.get(id)));
    }
}
