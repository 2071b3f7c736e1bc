package io.eventboard.application.testing;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventSchedule;
import io.eventboard.domain.event.StatusPolicy;
import io.eventboard.domain.event.SweepCounts;
import io.eventboard.domain.notification.NotificationStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link EventSchedule} over the in-memory database: the sweeps of the real store, one event at a time. */
public final class InMemoryEventSchedule implements EventSchedule {

    private static final Comparator<Event> BY_START = Comparator.comparing(Event::startsAt)
            .thenComparing(event -> event.id().value());

    private final InMemoryDatabase db;

    public InMemoryEventSchedule(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public SweepCounts advanceDue(Instant now, StatusPolicy policy, Optional<ChannelId> channel, int limit) {
        return db.write("EventSchedule.advanceDue", t -> {
            List<StatusPolicy.Advance> advances = t.events.values().stream()
                    .filter(event -> channel.isEmpty() || channel.equals(event.details().channelId()))
                    .sorted(BY_START)
                    .map(event -> policy.advance(event, now))
                    .flatMap(Optional::stream)
                    .limit(limit)
                    .toList();
            long started = 0;
            long completed = 0;
            for (StatusPolicy.Advance advance : advances) {
                Event next = advance.event().nextVersion();
                t.putEvent(next);
                started += advance.started() ? 1 : 0;
                completed += advance.completed() ? 1 : 0;
            }
            return new SweepCounts(started, completed);
        });
    }

    @Override
    public List<Event> dueToStart(Instant now, int limit) {
        StatusPolicy anyDuration = new StatusPolicy(StatusPolicy.DEFAULT_DURATION);
        return db.read(t -> t.events.values().stream()
                .filter(event -> anyDuration.dueToStart(event, now))
                .sorted(BY_START)
                .limit(limit)
                .toList());
    }

    @Override
    public List<Event> dueToComplete(Instant now, StatusPolicy policy, int limit) {
        return db.read(t -> t.events.values().stream()
                .filter(event -> policy.dueToComplete(event, now))
                .sorted(Comparator.comparing(policy::effectiveEnd).thenComparing(event -> event.id().value()))
                .limit(limit)
                .toList());
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff, int limit) {
        return db.write("EventSchedule.purgeFinishedBefore", t -> {
            List<EventId> expired = t.finishedAt.entrySet().stream()
                    .filter(finished -> finished.getValue().isBefore(cutoff))
                    .sorted(Map.Entry.<EventId, Instant>comparingByValue()
                            .thenComparing(finished -> finished.getKey().value()))
                    .limit(limit)
                    .map(Map.Entry::getKey)
                    .toList();
            for (EventId event : expired) {
                t.notifications.values().removeIf(notification -> {
                    boolean delivered = notification.status() == NotificationStatus.SENT
                            && notification.aboutEvent().filter(event::equals).isPresent();
                    if (delivered) {
                        t.dedupeKeys.remove(notification.dedupeKey());
                    }
                    return delivered;
                });
                t.deleteEvent(event);
            }
            return expired.size();
        });
    }
}
