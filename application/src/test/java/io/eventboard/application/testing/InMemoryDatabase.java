package io.eventboard.application.testing;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.idempotency.IdempotencyKey;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.rating.Rating;
import io.eventboard.domain.tag.Tag;
import io.eventboard.domain.tag.TagId;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.waitlist.Waitlist;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The in-memory "database" behind the in-memory ports: plain maps guarded by one lock. A transaction holds the
 * lock for its whole block (so transactions are serializable), takes a copy of every table when it starts and
 * puts the copy back when the block throws, so a failed use case leaves nothing half-written. Writes and row
 * locks outside a transaction are refused, which catches a use case that forgets its transaction.
 *
 * <p>The rows are immutable records, so copying the maps is a complete snapshot.
 */
public final class InMemoryDatabase {

    /** Who holds a claimed notification, and until when. */
    public record Lease(String worker, Instant until) {
    }

    record RatingKey(EventId event, UserId user) {
    }

    /** All tables; a fresh copy is the snapshot a transaction rolls back to. */
    static final class Tables {
        final Map<EventId, Event> events;
        final Map<BookingId, Booking> bookings;
        final Map<RatingKey, Rating> ratings;
        final Map<NotificationId, Notification> notifications;
        final Map<String, NotificationId> dedupeKeys;
        final Map<NotificationId, Lease> leases;
        /** Booking → the event start time its reminder was written for. */
        final Map<BookingId, Instant> reminded;
        final Map<VenueId, Venue> venues;
        final Map<ChannelId, Channel> channels;
        final Map<TagId, Tag> tags;
        final Map<UserId, UserAccount> users;
        /** Token hash → the stored refresh token. */
        final Map<String, InMemoryRefreshTokens.StoredToken> refreshTokens;
        final Map<IdempotencyKey, InMemoryIdempotencyRecords.Use> idempotencyKeys;
        /** Event → when it became completed or cancelled (the finished_at column of the real schema). */
        final Map<EventId, Instant> finishedAt;
        /** Event → its line and waitlist policy; an event without a row has the default policy and no line. */
        final Map<EventId, Waitlist> waitlists;

        Tables() {
            this(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new HashMap<>(), new HashMap<>(), new HashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new HashMap<>(), new HashMap<>());
        }

        private Tables(Map<EventId, Event> events, Map<BookingId, Booking> bookings, Map<RatingKey, Rating> ratings,
                       Map<NotificationId, Notification> notifications, Map<String, NotificationId> dedupeKeys,
                       Map<NotificationId, Lease> leases, Map<BookingId, Instant> reminded,
                       Map<VenueId, Venue> venues, Map<ChannelId, Channel> channels, Map<TagId, Tag> tags,
                       Map<UserId, UserAccount> users,
                       Map<String, InMemoryRefreshTokens.StoredToken> refreshTokens,
                       Map<IdempotencyKey, InMemoryIdempotencyRecords.Use> idempotencyKeys,
                       Map<EventId, Instant> finishedAt, Map<EventId, Waitlist> waitlists) {
            this.events = events;
            this.bookings = bookings;
            this.ratings = ratings;
            this.notifications = notifications;
            this.dedupeKeys = dedupeKeys;
            this.leases = leases;
            this.reminded = reminded;
            this.venues = venues;
            this.channels = channels;
            this.tags = tags;
            this.users = users;
            this.refreshTokens = refreshTokens;
            this.idempotencyKeys = idempotencyKeys;
            this.finishedAt = finishedAt;
            this.waitlists = waitlists;
        }

        Tables copy() {
            return new Tables(new LinkedHashMap<>(events), new LinkedHashMap<>(bookings),
                    new LinkedHashMap<>(ratings), new LinkedHashMap<>(notifications), new HashMap<>(dedupeKeys),
                    new HashMap<>(leases), new HashMap<>(reminded), new LinkedHashMap<>(venues),
                    new LinkedHashMap<>(channels), new LinkedHashMap<>(tags), new LinkedHashMap<>(users),
                    new LinkedHashMap<>(refreshTokens), new LinkedHashMap<>(idempotencyKeys),
                    new HashMap<>(finishedAt), new HashMap<>(waitlists));
        }

        /**
         * Stores the event row; like the trigger of the real schema, notes when it became completed or cancelled
         * (its {@code updatedAt} at that change) and forgets that when it is live again.
         */
        void putEvent(Event next) {
            Event previous = events.put(next.id(), next);
            if (!next.status().isFinal()) {
                finishedAt.remove(next.id());
            } else if (previous == null || !previous.status().isFinal()) {
                finishedAt.put(next.id(), next.updatedAt());
            }
        }

        /** The foreign keys of an event row: its venue, channel and tags must exist. */
        void requireReferences(Event event) {
            event.details().venueId().ifPresent(venue -> {
                if (!venues.containsKey(venue)) {
                    throw new IllegalStateException("foreign key violated: no venue " + venue);
                }
            });
            event.details().channelId().ifPresent(channel -> {
                if (!channels.containsKey(channel)) {
                    throw new IllegalStateException("foreign key violated: no channel " + channel);
                }
            });
            for (String tag : event.details().tags()) {
                if (!hasTag(tag)) {
                    throw new IllegalStateException("foreign key violated: no tag '" + tag + "'");
                }
            }
        }

        /** Whether a tag has this (normalized) name. */
        boolean hasTag(String name) {
            return tags.values().stream().anyMatch(tag -> tag.name().equals(name));
        }

        void requireUser(UserId user) {
            if (!users.containsKey(user)) {
                throw new IllegalStateException("foreign key violated: no user " + user);
            }
        }

        void requireEvent(EventId event) {
            if (!events.containsKey(event)) {
                throw new IllegalStateException("foreign key violated: no event " + event);
            }
        }

        /**
         * Deletes the event with everything that hangs off it (ON DELETE CASCADE); notifications about it stay,
         * without the link (ON DELETE SET NULL).
         */
        void deleteEvent(EventId id) {
            events.remove(id);
            finishedAt.remove(id);
            notifications.replaceAll((key, notification) -> notification.aboutEvent().filter(id::equals).isPresent()
                    ? notification.about(null) : notification);
            bookings.values().removeIf(booking -> {
                if (booking.event().equals(id)) {
                    reminded.remove(booking.id());
                    return true;
                }
                return false;
            });
            ratings.keySet().removeIf(key -> key.event().equals(id));
            waitlists.remove(id);
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private Tables tables = new Tables();
    private int depth;
    private int committed;
    private int rolledBack;

    /**
     * Runs {@code work} as one transaction; a nested call joins the transaction around it. Restores every table
     * when the outermost block throws.
     */
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            boolean outermost = depth == 0;
            Tables before = outermost ? tables.copy() : null;
            depth++;
            try {
                T result = work.get();
                if (outermost) {
                    committed++;
                }
                return result;
            } catch (RuntimeException | Error failure) {
                if (outermost) {
                    tables = before;
                    rolledBack++;
                }
                throw failure;
            } finally {
                depth--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many transactions committed so far. */
    public int committedTransactions() {
        lock.lock();
        try {
            return committed;
        } finally {
            lock.unlock();
        }
    }

    /** How many transactions were rolled back so far. */
    public int rolledBackTransactions() {
        lock.lock();
        try {
            return rolledBack;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread is inside a transaction. */
    public boolean inTransactionNow() {
        return lock.isHeldByCurrentThread() && depth > 0;
    }

    <T> T read(Function<Tables, T> query) {
        lock.lock();
        try {
            return query.apply(tables);
        } finally {
            lock.unlock();
        }
    }

    <T> T write(String operation, Function<Tables, T> change) {
        if (!inTransactionNow()) {
            throw new IllegalStateException(operation + " called outside a transaction");
        }
        return change.apply(tables);
    }

    void change(String operation, Consumer<Tables> change) {
        write(operation, t -> {
            change.accept(t);
            return null;
        });
    }
}
